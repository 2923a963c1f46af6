import ArgumentParser
import CMKeeperCore

/// The keys of the help catalog: every abstract, discussion and argument help `--help` and
/// `cmkeeper help` show. Each language's text is an exhaustive `switch` (`HelpText+en.swift`,
/// `HelpText+zhCN.swift`), so the compiler refuses a key missing in either; the example commands
/// that end a discussion are the same in both (`HelpText+Examples.swift`). Help is told in
/// ``LanguageChoice/help``; argument-parser's own headings (USAGE, OPTIONS…) stay English.
enum HelpText: CaseIterable, Localized {
    case approveAbstract
    case approveDiscussion
    case projectID
    case approveDocumentType
    case approveFile
    case approveRole
    case baselineAbstract
    case baselineDiscussion
    case baselineName
    case baselineChangeRequest
    case rootAbstract
    case rootDiscussion
    case libraryOption
    case userOption
    case jsonFlag
    case daemonAbstract
    case daemonDiscussion
    case daemonRunAbstract
    case daemonRunDiscussion
    case daemonLogFormat
    case daemonStatusAbstract
    case daemonStatusDiscussion
    case demoAbstract
    case demoDiscussion
    case demoDirectory
    case exportAbstract
    case exportDiscussion
    case exportBaseline
    case exportOutput
    case exportInternal
    case hookAbstract
    case hookDiscussion
    case hookName
    case hooksAbstract
    case hooksInstallAbstract
    case hooksInstallDiscussion
    case hooksInstallClient
    case initAbstract
    case initDiscussion
    case initDirectory
    case initProductLibrary
    case keysAbstract
    case keysDiscussion
    case keysListAbstract
    case keysAddAbstract
    case keysAddLogin
    case keysAddKeyFile
    case keysRemoveAbstract
    case keysRemoveLogin
    case keysRemoveFingerprint
    case keysSyncAbstract
    case phaseAbstract
    case phaseDiscussion
    case phaseTarget
    case phaseBack
    case phaseReason
    case projectAbstract
    case projectCreateAbstract
    case projectCreateDiscussion
    case projectCreateID
    case projectCreateName
    case projectCreateManager
    case projectCreateCustomer
    case projectCreateSize
    case projectListAbstract
    case releaseAbstract
    case releaseDiscussion
    case releaseProduct
    case releaseVersion
    case releaseMessage
    case releasesAbstract
    case releasesDiscussion
    case releasesProject
    case rolesAbstract
    case rolesDiscussion
    case rolesListAbstract
    case rolesGrantAbstract
    case userLogin
    case roleArgument
    case rolesGrantName
    case rolesGrantEmail
    case rolesRevokeAbstract
    case serveAbstract
    case serveDiscussion
    case serveLibrary
    case serveUser
    case siteAbstract
    case siteDiscussion
    case siteOutput
    case statusAbstract
    case statusDiscussion
    case statusPhase
    case statusManager
    case statusHTML
    case submitAbstract
    case submitDiscussion
    case submitFiles
    case submitType
    case submitMessage
    case submitChangeRequest
    case validateAbstract
    case validateDiscussion
    case validateRevision
    case verifyAbstract
    case verifyDiscussion
    case verifyScope

    func text(in language: Language) -> String {
        let text = switch language {
        case .en: english
        case .zhCN: chinese
        }
        return examples.map { text + "\n" + $0 } ?? text
    }

    /// The text in the language of help.
    var text: String { text(in: LanguageChoice.shared.help) }

    /// The text in the language of help, as the help of an argument, option or flag.
    func help(valueName: String? = nil) -> ArgumentHelp {
        ArgumentHelp(text, valueName: valueName)
    }
}
