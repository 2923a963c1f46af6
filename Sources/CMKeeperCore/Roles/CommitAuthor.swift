import GitKit

extension RoleBook {
    /// The login a commit's author stands for: the user with that e-mail address, else with that
    /// name (as cmkeeper signs its commits, see `Library.signature(for:roles:date:)`), else the
    /// login the name spells. Whoever authored the newest commit changing a document is its
    /// submitter, so a push must carry only its pusher's commits (see ``PushValidator``).
    func login(of author: Signature) -> String {
        let users = users.values.sorted { $0.login < $1.login }
        return users.first { $0.email == author.email }?.login ?? users.first { $0.name == author.name }?.login ?? author.name
    }
}
