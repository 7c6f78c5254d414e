using InfraDesigner.Web.Features.Classrooms;
using InfraDesigner.Web.Features.Lessons;

namespace InfraDesigner.Web.Tests.Features.Classrooms;

public sealed class ClassroomResultsCsvTests
{
    private static readonly CheckHeading[] Checks = [new("reach", "App reaches SAP"), new("closed", "No opening, ever")];

    // 18:05 in Seoul: the CSV writes every time in UTC.
    private static readonly DateTimeOffset Joined = new(2026, 12, 6, 18, 5, 0, TimeSpan.FromHours(9));

    private static TraineeProgress Trainee(string name, int percent = 0, bool passed = false, params (string Id, bool Holds)[] checks) =>
        new(Guid.NewGuid(), name, Guid.NewGuid(), Joined, percent, passed,
            [.. checks.Select(c => new CheckView(c.Id, "reach", c.Id, c.Holds, "", null, null))], Note: null);

    private static string[] Lines(params TraineeProgress[] trainees)
    {
        var classroom = new ClassroomView(Guid.NewGuid(), "K7MQ2P", "open-the-sap-gateway", "en", true, null, Joined, null, trainees.Length);
        var csv = ClassroomResultsCsv.Write(new ClassroomBoard(classroom, "Open the SAP gateway", Checks, trainees));
        csv.ShouldEndWith("\r\n");
        return csv[..^2].Split("\r\n");
    }

    [Fact]
    public void The_header_names_the_trainee_columns_and_then_one_column_per_check() =>
        Lines()[0].ShouldBe("name,joined,percent,passed,App reaches SAP,\"No opening, ever\"");

    [Fact]
    public void Each_trainee_is_a_row_with_the_time_in_utc_and_a_cell_per_check()
    {
        var lines = Lines(Trainee("Park", 50, false, ("reach", true), ("closed", false)), Trainee("Kim", 100, true, ("closed", true), ("reach", true)));

        lines.Skip(1).ShouldBe([
            "Park,2026-12-06 09:05:00Z,50,no,holds,not yet",
            "Kim,2026-12-06 09:05:00Z,100,yes,holds,holds",
        ]);
    }

    [Fact]
    public void A_trainee_whose_copy_is_gone_shows_no_copy_for_every_check() =>
        Lines(Trainee("Lee"))[1].ShouldBe("Lee,2026-12-06 09:05:00Z,0,no,no copy,no copy");

    [Theory]
    [InlineData("Lee Ji-eun", "Lee Ji-eun")]
    [InlineData("김민수", "김민수")]
    [InlineData("Kim, Min-su", "\"Kim, Min-su\"")]
    [InlineData("The \"boss\"", "\"The \"\"boss\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("two\rlines", "\"two\rlines\"")]
    public void A_name_is_quoted_only_when_it_holds_a_comma_a_quote_or_a_line_break(string name, string field) =>
        Lines(Trainee(name))[1].ShouldBe($"{field},2026-12-06 09:05:00Z,0,no,no copy,no copy");

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+82 10 1234", "'+82 10 1234")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("=HYPERLINK(\"http://evil.invalid\",\"x\")", "\"'=HYPERLINK(\"\"http://evil.invalid\"\",\"\"x\"\")\"")]
    public void A_name_a_spreadsheet_would_run_as_a_formula_is_written_as_text(string name, string field) =>
        Lines(Trainee(name))[1].ShouldStartWith(field + ",2026-12-06 09:05:00Z,");
}
