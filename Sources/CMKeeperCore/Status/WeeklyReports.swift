import Foundation

/// An ISO-8601 week (weeks start on Monday; week 1 holds the year's first Thursday), in UTC,
/// written `2026-W07`. Its `year` is the ISO week-numbering year, which differs from the calendar
/// year around New Year: 2027-01-01 lies in 2026-W53.
public struct ISOWeek: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The ISO week-numbering year.
    public let year: Int
    /// 1 to 52, or 53 in long years.
    public let week: Int

    /// The week `week` of ISO year `year`, or nil if that year has no such week.
    public init?(year: Int, week: Int) {
        guard week >= 1, week <= Self.weeks(inYear: year) else { return nil }
        self.year = year
        self.week = week
    }

    /// The week holding `date`, in UTC.
    public init(containing date: Date) {
        self.init(day: Self.dayNumber(of: date))
    }

    /// Reads `2026-W07` (or `2026-w07`); nil if it is not a week that exists.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 3,
            parts[1].first == "W" || parts[1].first == "w",
            let year = Self.digits(parts[0]), let week = Self.digits(parts[1].dropFirst())
        else { return nil }
        self.init(year: year, week: week)
    }

    /// Reads a day `2026-02-13` and returns its week; nil if it is not a real date.
    public init?(dayText text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Self.digits(parts[0]), let month = Self.digits(parts[1]), let day = Self.digits(parts[2]),
            (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year)
        else { return nil }
        self.init(day: Self.dayNumber(year: year, month: month, day: day))
    }

    /// `2026-W07`.
    public var description: String {
        let yearText = String(year)
        let weekText = String(week)
        return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + "-W" + (week < 10 ? "0" : "") + weekText
    }

    /// Monday 00:00 UTC, the week's first moment.
    public var start: Date {
        Date(timeIntervalSince1970: TimeInterval(mondayDayNumber) * 86_400)
    }

    /// The week after this one.
    public var next: ISOWeek {
        ISOWeek(day: mondayDayNumber + 7)
    }

    public static func < (a: ISOWeek, b: ISOWeek) -> Bool {
        (a.year, a.week) < (b.year, b.week)
    }

    /// How many ISO weeks a year has: 53 when it starts on a Thursday, or is a leap year starting
    /// on a Wednesday; else 52.
    public static func weeks(inYear year: Int) -> Int {
        // 28 December always lies in the year's last week.
        ISOWeek(day: dayNumber(year: year, month: 12, day: 28)).week
    }

    // MARK: Day arithmetic (days since 1970-01-01, proleptic Gregorian, UTC)

    private init(day: Int) {
        let thursday = day - Self.weekday(day) + 3
        let year = Self.civil(thursday).year
        self.year = year
        self.week = (thursday - Self.dayNumber(year: year, month: 1, day: 1)) / 7 + 1
    }

    private var mondayDayNumber: Int {
        let january4 = Self.dayNumber(year: year, month: 1, day: 4)
        return january4 - Self.weekday(january4) + (week - 1) * 7
    }

    /// 0 for Monday … 6 for Sunday. 1970-01-01 was a Thursday.
    private static func weekday(_ day: Int) -> Int {
        ((day + 3) % 7 + 7) % 7
    }

    private static func dayNumber(of date: Date) -> Int {
        Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    /// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm).
    private static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The civil date of a day number (H. Hinnant's algorithm).
    private static func civil(_ dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func digits(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}

/// The weekly reports (项目周报) a project owes: one per ISO week while it runs, kept where the
/// process's `weekly-report` document type says (by default `weekly-reports/项目周报-*.*`), named
/// by week (`项目周报-2026-W07.docx`) or by a day of the week (`项目周报-2026-02-13.docx`).
public enum WeeklyReports {
    /// The id of the weekly report's document type in the process definition.
    public static let documentTypeID = "weekly-report"

    /// The week a report file is for, from the end of its name before the extension:
    /// `项目周报-2026-W07.docx` → 2026-W07, `项目周报-2026-02-13.pdf` → 2026-W07; nil when the name
    /// carries no valid week or day.
    public static func week(ofFileName name: String) -> ISOWeek? {
        let fileName = name.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? name
        var stem = fileName
        if let dot = fileName.lastIndex(of: ".") { stem = String(fileName[..<dot]) }
        let weekText = String(stem.suffix(8))
        if weekText.count == 8, let week = ISOWeek(weekText) { return week }
        let dayText = String(stem.suffix(10))
        if dayText.count == 10, let week = ISOWeek(dayText: dayText) { return week }
        return nil
    }

    /// The weeks for which the project keeps a report: files that count as the weekly-report
    /// document (path pattern and file type) and whose name carries a week or a day.
    public static func weeksReported(process: ProcessDefinition, files: ProjectFiles) -> Set<ISOWeek> {
        guard let type = process.documentType(documentTypeID) else { return [] }
        return Set(files.paths(of: type).compactMap { week(ofFileName: $0) })
    }

    /// The weeks without a report, oldest first: from the week the project was created up to, not
    /// including, the week of `now` (the current week's report is not due yet). None when the
    /// project is in the process's last phase (closed), or the process has no weekly report.
    public static func missing(process: ProcessDefinition, project: ProjectRecord, files: ProjectFiles, now: Date) -> [ISOWeek] {
        guard process.documentType(documentTypeID) != nil else { return [] }
        if let last = process.phases.last, last.id == project.phase { return [] }
        let reported = weeksReported(process: process, files: files)
        let end = ISOWeek(containing: now)
        var week = ISOWeek(containing: project.createdAt)
        var missing: [ISOWeek] = []
        while week < end {
            if !reported.contains(week) { missing.append(week) }
            week = week.next
        }
        return missing
    }
}
