import CMKeeperTestSupport
import Testing
@testable import CMKeeperCore

/// `windowsDeviceName` answers most names by their first two letters and their length before
/// building the upper-case name; on random names made of device names' letters, dots, spaces and
/// superscripts it finds what building the name always finds.
struct WindowsDeviceNameTests {
    /// The rule without the shortcut: the part before the first dot, without trailing spaces,
    /// upper-cased (ASCII), among the device names.
    static func everyNameBuilt(_ name: String) -> String? {
        var base = String.UnicodeScalarView(name.unicodeScalars.prefix { $0 != "." })
        while base.last == " " { base.removeLast() }
        let upper = String(String.UnicodeScalarView(base.map { ("a"..."z").contains($0) ? Unicode.Scalar(UInt8($0.value - 0x20)) : $0 }))
        var names: Set<String> = ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
        for digit in ["1", "2", "3", "4", "5", "6", "7", "8", "9", "¹", "²", "³"] {
            names.insert("COM" + digit)
            names.insert("LPT" + digit)
        }
        return names.contains(upper) ? upper : nil
    }

    @Test func findsWhatBuildingEveryNameFinds() {
        var random = SeededRandom(seed: 13)
        // A start near a device name, its letters' case flipped at random, then random pieces.
        let starts = ["CON", "COM", "LPT", "PRN", "AUX", "NUL", "CONIN", "CONOUT", "CO", "LP", "P-", "PRO", "NULL", "AU", "project", "c", ""]
        let pieces = ["1", "9", "0", "¹", "³", "$", ".", " ", "  ", ".txt", "x", "N", "项", "$ .log"]
        var devices = 0
        for _ in 0..<30_000 {
            let start = starts.randomElement(using: &random)!.map { Bool.random(using: &random) ? $0.lowercased() : $0.uppercased() }.joined()
            let name = start + (0..<Int.random(in: 0...3, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            guard !name.isEmpty else { continue }
            let expected = Self.everyNameBuilt(name)
            #expect(RepositoryPath.windowsDeviceName(name) == expected, "\(name)")
            if expected != nil { devices += 1 }
        }
        for name in ["CON", "con.txt", "Com1 .x", "LPT³", "CONOUT$", "conout$  .log", "nul", "aux.tar.gz", "PRN   "] {
            #expect(RepositoryPath.windowsDeviceName(name) != nil, "\(name)")
            devices += 1
        }
        #expect(devices > 1000)
    }
}
