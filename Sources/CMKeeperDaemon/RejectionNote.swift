import CMKeeperCore
import Foundation

/// The note beside a file the inbox refused, in `rejected/`: `NAME.reason.txt`, written for
/// someone who opens it with Notepad on a Windows share: in the library's language, UTF-8 with
/// a byte order mark and CRLF line ends, saying what is wrong and what to do, with no command.
enum RejectionNote {
    /// What the note's name adds to the refused file's.
    static let suffix = ".reason.txt"

    /// The note's bytes. `noOne`: the file's owner, when that account is no one the library
    /// knows (in no role, managing no project: a share's guest account); the note then says so
    /// and asks for the file to be dropped again by its sender's own account.
    static func contents(
        file: String, error: CMKeeperError, droppedAs: String, user: String, folder: String, at date: Date, settings: LibrarySettings,
        noOne: String? = nil
    ) -> Data {
        var text = Message.rejectedNote(
            file: file, what: error.message, todo: error.hint, droppedAs: droppedAs, user: user,
            time: LocalTime.format(date, in: settings.timeZone), folder: folder
        ).text(in: settings.language)
        if let noOne { text += "\n\n" + Message.droppedByNoOne(user: noOne).text(in: settings.language) }
        return notepad(text + "\n")
    }

    /// `text` as Notepad reads it everywhere: a UTF-8 byte order mark, then CRLF line ends.
    static func notepad(_ text: String) -> Data {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
        return Data([0xEF, 0xBB, 0xBF]) + Data(lines.utf8)
    }
}
