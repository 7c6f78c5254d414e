using System.Globalization;
using System.Text;

namespace InfraDesigner.Web.Features.Classrooms;

/// <summary>The board as CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheet programs read Korean names): one row per trainee, a column per check.</summary>
public static class ClassroomResultsCsv
{
    public static string Write(ClassroomBoard board)
    {
        var csv = new StringBuilder();
        Row(csv, ["name", "joined", "percent", "passed", .. board.Checks.Select(c => c.Title)]);
        foreach (var trainee in board.Trainees)
        {
            var holds = trainee.Checks.ToDictionary(c => c.Id, c => c.Holds);
            Row(csv, [
                trainee.Name, trainee.JoinedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                trainee.Percent.ToString(CultureInfo.InvariantCulture), trainee.Passed ? "yes" : "no",
                .. board.Checks.Select(c => holds.TryGetValue(c.Id, out var held) ? held ? "holds" : "not yet" : "no copy"),
            ]);
        }
        return csv.ToString();
    }

    private static void Row(StringBuilder csv, IEnumerable<string> fields) =>
        csv.Append(string.Join(',', fields.Select(Quote))).Append("\r\n");

    // Quoted when needed; a leading =, +, - or @ is defused so a spreadsheet does not run a name as a formula.
    private static string Quote(string field)
    {
        if (field.Length > 0 && "=+-@".Contains(field[0])) field = "'" + field;
        return field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"")}\"" : field;
    }
}
