import Testing
@testable import VNCite

/// Date lines printed month first, as servers of English defaults print them.
@Suite struct ArticleMonthFirstDateTests {
    /// A server of English defaults prints its clock with seconds and "AM"/"PM", the month first;
    /// a Vietnamese page's "SA"/"CH" keeps the day first. The whole article: the meeting's "Sáng
    /// 4/8" is read against 5 August, the day before.
    @Test func aClockWithAMOrPMPutsTheMonthFirst() throws {
        #expect(ArticleHeader.publicationDate(in: "8/5/2015 7:50:17 AM")?.iso == "2015-08-05")
        #expect(ArticleHeader.publicationDate(in: "10/26/2016 3:05:44 PM")?.iso == "2016-10-26")
        #expect(ArticleHeader.publicationDate(in: "26/07/2017 9:36:00 CH")?.iso == "2017-07-26")
        #expect(ArticleHeader.publicationDate(in: "08/05/2015 07:50")?.iso == "2015-05-08")
        let text = "Tòa án nhân dân tỉnh sơ kết công tác 6 tháng đầu năm\n8/5/2015 7:50:17 AM\n"
            + "Sáng 4/8, Tòa án nhân dân tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2015.\n"
        let article = Extractor().extract(Article(source: "a.txt", text: text))
        #expect(article.date?.iso == "2015-08-05")
        #expect(try #require(article.meeting).date?.iso == "2015-08-04")
    }

    /// A second number past 12 can only be the day, so the month comes first whatever the clock:
    /// "Create: T2, 10/21/2019 - 07:34" is 21 October, and the lead's "Sáng 18/10" falls in 2019.
    @Test func aDayPastTwelveInSecondPlacePutsTheMonthFirst() throws {
        #expect(ArticleHeader.publicationDate(in: "Create: T2, 10/21/2019 - 07:34")?.iso == "2019-10-21")
        #expect(ArticleHeader.publicationDate(in: "10/11/2019 - 07:34")?.iso == "2019-11-10")
        let text = "Sở Tư pháp tổ chức hội nghị tổng kết\nCreate: T2, 10/21/2019 - 07:34\n"
            + "Sáng 18/10, Sở Tư pháp tỉnh Bình Định tổ chức hội nghị tổng kết công tác năm.\n"
        let article = Extractor().extract(Article(source: "a.txt", text: text))
        #expect(article.date?.iso == "2019-10-21")
        #expect(try #require(article.meeting).date?.iso == "2019-10-18")
    }

    /// The short form writes the year in two digits, always with its clock and "AM"/"PM"; with no
    /// clock, two digits are no year of a date line.
    @Test func theShortFormWithATwoDigitYear() {
        #expect(ArticleHeader.publicationDate(in: "1/18/23 5:48 PM")?.iso == "2023-01-18")
        #expect(ArticleHeader.publicationDate(in: "12/5/19 10:02:33 AM")?.iso == "2019-12-05")
        #expect(ArticleHeader.publicationDate(in: "1/18/23") == nil)
    }
}
