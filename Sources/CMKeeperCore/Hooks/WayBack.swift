import GitKit

/// How someone whose commit or push was refused gets back to a change the library takes: git
/// commands a project manager can copy, chosen by where the refused changes are. A refusal
/// tells them once, at the end of its report.
enum WayBack {
    /// After a refused commit: the `staged` problems are in this commit only; the `unpushed`
    /// ones are already in commits not yet pushed to `upstream` (`origin/main`).
    static func commit(staged: [ValidationProblem], unpushed: [ValidationProblem], upstream: String) -> [String] {
        var steps: [String] = []
        if !staged.isEmpty {
            steps.append("take \(files(staged)) out of this commit (your edits of \(them(staged)) are dropped: copy what you need elsewhere first): git restore --staged --worktree -- \(arguments(staged))")
        }
        if !unpushed.isEmpty {
            steps.append("\(files(unpushed)) \(fileCount(unpushed) == 1 ? "is" : "are") already in commits you have not pushed: bring \(them(unpushed)) back to what the library has with git restore --source=\(upstream) --staged --worktree -- \(arguments(unpushed)), then commit; before you push, make your unpushed commits one: git reset --soft \(upstream), then git commit")
            steps.append("or drop all your unpushed commits (their changes are lost): git reset --hard \(upstream)")
        }
        if steps.isEmpty { steps.append("fix the files as said above, git add them, and commit again") }
        return steps
    }

    /// After a refused push: `kept` are the problems of files the push leaves changed (those a
    /// later commit of the push undoes are left out); `references` the refused tags and branches;
    /// `behind` whether the pusher lacks commits main has; `author`, when commits were someone
    /// else's, the pusher's own name and e-mail to sign theirs with.
    static func push(kept: [ValidationProblem], refusedCommits: Bool, references: [String], behind: Bool, author: Signature? = nil) -> [String] {
        var steps = ["nothing of this push landed"]
        if behind {
            steps.append("someone pushed to main since you last pulled: git pull --rebase origin main, then push again")
        }
        if let author {
            steps.append("commit under your own name, as roles.toml knows you: git config user.name \(quoted(author.name)) && git config user.email \(quoted(author.email))")
            if !refusedCommits {
                steps.append("make yourself the author of your unpushed commits: git commit --amend --no-edit --reset-author for the last one, or for several: git rebase -r origin/main --exec 'git commit --amend --no-edit --reset-author'")
                steps.append("then push again: git push origin HEAD:main")
            }
        }
        if refusedCommits {
            steps.append("the library keeps every commit, so each must keep the process; make your unpushed commits one, your files staying as they are: git reset --soft origin/main")
            if !kept.isEmpty {
                steps.append("bring \(files(kept)) back to what the library has (your edits of \(them(kept)) are dropped: copy what you need elsewhere first): git restore --staged --worktree -- \(arguments(kept))")
            }
            steps.append("then commit and push again: git commit -m \"…\" && git push origin HEAD:main")
            steps.append("or drop all your unpushed commits (their changes are lost): git reset --hard origin/main")
        }
        if !references.isEmpty {
            steps.append("delete the refused \(references.count == 1 ? "reference" : "references") in your clone (git tag -d NAME for a tag) and push only main: git push origin HEAD:main")
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

    private static func files(_ problems: [ValidationProblem]) -> String {
        fileCount(problems) == 1 ? "this file" : "these \(fileCount(problems)) files"
    }

    private static func them(_ problems: [ValidationProblem]) -> String {
        fileCount(problems) == 1 ? "it" : "them"
    }

    /// `path` as one shell word: as it is when plain (Chinese names are), else in single quotes.
    static func quoted(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || "/._-+@,:".unicodeScalars.contains($0) }
        return plain && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
