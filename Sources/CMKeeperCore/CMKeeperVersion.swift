/// cmkeeper's version, the one place it is written: `cmkeeper --version` prints it.
public enum CMKeeperVersion {
    public static let current = "1.0.0"
}
