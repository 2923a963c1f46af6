import Foundation

/// Finds English prose in text meant to be Chinese: a run of three or more English words,
/// outside what stays as it is in every language (code spans, commands, paths, ids).
public enum EnglishProse {
    /// The runs of English words found, empty when there are none.
    public static func runs(in text: String) -> [String] {
        var rest = text
        // What stays as it is: `code spans`, commands up to the next Chinese punctuation or
        // character, paths and options.
        let kept = [
            "`[^`]*`",
            "(git|cmkeeper|git-lfs|ssh|sudo|chmod|chgrp)( [^\\p{Han}，。；：（）、“”]*)?",
            "[^\\s\\p{Han}，。；：（）“”]*[/.=@][^\\s\\p{Han}，。；：（）“”]*",
            "--?[A-Za-z][A-Za-z-]*",
        ]
        for pattern in kept {
            rest = rest.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        let regex = try! NSRegularExpression(pattern: "[A-Za-z][A-Za-z']*(?:[ ,]+[A-Za-z][A-Za-z']*){2,}")
        let range = NSRange(rest.startIndex..., in: rest)
        return regex.matches(in: rest, range: range).compactMap { Range($0.range, in: rest).map { String(rest[$0]) } }
    }
}
