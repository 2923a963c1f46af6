import GitKit

/// How someone whose commit or push was refused gets back to a change the library takes: git
/// commands a project manager can copy, chosen by where the refused changes are. A refusal
/// tells them once, at the end of its report.
enum WayBack {
    /// After a refused commit: the `staged` problems are in this commit only; the `unpushed`
    /// ones are already in commits not yet pushed to `upstream` (`origin/main`).
    static func commit(staged: [ValidationProblem], unpushed: [ValidationProblem], upstream: String) -> [Message] {
        var steps: [Message] = []
        if !staged.isEmpty {
            steps.append(.takeOutOfCommit(files: fileCount(staged), arguments: arguments(staged)))
        }
        if !unpushed.isEmpty {
            steps.append(.alreadyInUnpushed(files: fileCount(unpushed), upstream: upstream, arguments: arguments(unpushed)))
            steps.append(.dropUnpushed(upstream: upstream))
        }
        if steps.isEmpty { steps.append(.fixAndCommitAgain) }
        return steps
    }

    /// After a refused push: `kept` are the problems of files the push leaves changed (those a
    /// later commit of the push undoes are left out); `references` the refused tags and branches;
    /// `behind` whether the pusher lacks commits main has; `author`, when commits were someone
    /// else's, the pusher's own name and e-mail to sign theirs with.
    static func push(kept: [ValidationProblem], refusedCommits: Bool, references: [String], behind: Bool, author: Signature? = nil) -> [Message] {
        var steps: [Message] = [.nothingLanded]
        if behind {
            steps.append(.pullFirst)
        }
        if let author {
            steps.append(.commitUnderOwnName(name: quoted(author.name), email: quoted(author.email)))
            if !refusedCommits {
                steps.append(.amendAuthor)
                steps.append(.pushAgain)
            }
        }
        if refusedCommits {
            steps.append(.squashUnpushed)
            if !kept.isEmpty {
                steps.append(.restoreKept(files: fileCount(kept), arguments: arguments(kept)))
            }
            steps.append(.commitAndPushAgain)
            steps.append(.dropUnpushed(upstream: "origin/main"))
        }
        if !references.isEmpty {
            steps.append(.deleteRefusedReferences(count: references.count))
        }
        return steps
    }

    /// How a shell command names the files of `problems`: a folder for each mistake summed up
    /// in the report, the file itself for the others.
    static func arguments(_ problems: [ValidationProblem]) -> String {
        let words = ValidationProblem.groups(problems).flatMap { group in
            group.isSummed ? [group.folder.isEmpty ? "." : group.folder + "/"] : group.problems.map(\.path)
        }
        let folders = words.filter { $0.hasSuffix("/") || $0 == "." }
        var seen = Set<String>()
        return words
            .filter { word in seen.insert(word).inserted && !folders.contains { $0 != word && ($0 == "." || word.hasPrefix($0)) } }
            .map(quoted).joined(separator: " ")
    }

    private static func fileCount(_ problems: [ValidationProblem]) -> Int {
        Set(problems.map(\.path)).count
    }

    /// `path` as one shell word: as it is when plain (Chinese names are), else in single quotes.
    static func quoted(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || "/._-+@,:".unicodeScalars.contains($0) }
        return plain && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
