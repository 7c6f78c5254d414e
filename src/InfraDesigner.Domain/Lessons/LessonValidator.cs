using System.Text.RegularExpressions;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Lessons.Checks;
using InfraDesigner.Domain.Lessons.Faults;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Domain.Lessons;

/// <summary>
/// Checks a lesson against its own starting topology: the sample exists or the written topology is valid, every fault applies, every check names
/// elements, zones and clusters that are there, ports are ports; each problem has the path of its field.
/// </summary>
public static partial class LessonValidator
{
    public static EquatableArray<Problem> Validate(Lesson lesson)
    {
        var problems = new List<Problem>();
        if (lesson.FormatVersion != LessonSerializer.CurrentFormatVersion)
            problems.Add(Problem.Error("formatVersion", $"formatVersion {lesson.FormatVersion} is not one this version reads ({LessonSerializer.CurrentFormatVersion})."));
        if (lesson.Id.Length > 60 || !Slug().IsMatch(lesson.Id))
            problems.Add(Problem.Error("id", $"'{lesson.Id}' is not a lesson id: lower-case letters, digits and dashes, at most 60."));
        if (lesson.Checks.Count == 0)
            problems.Add(Problem.Error("checks", "A lesson needs at least one check."));
        problems.AddRange(EmbeddedTopologyProblems(lesson.Start));
        var start = problems.Any(problem => problem.IsError) ? null : Start(lesson, problems);
        var ids = new HashSet<string>();
        for (var i = 0; i < lesson.Checks.Count; i++)
        {
            var check = lesson.Checks[i];
            if (!ids.Add(check.Id)) problems.Add(Problem.Error($"checks[{i}].id", $"'{check.Id}' is the id of an earlier check."));
            if (start is not null) problems.AddRange(CheckReferences(start, check, $"checks[{i}]"));
        }
        return problems.ToEquatableArray();
    }

    private static Topology? Start(Lesson lesson, List<Problem> problems)
    {
        try
        {
            return lesson.Start.Build(lesson.Id);
        }
        catch (FaultTargetException refused)
        {
            problems.Add(Problem.Error($"start.{refused.Field}", Sentence(refused.Message)));
            return null;
        }
    }

    /// <summary>A topology written into the lesson is held to the topology format's rules, at its path in the lesson.</summary>
    private static IEnumerable<Problem> EmbeddedTopologyProblems(LessonStart start)
    {
        if (start.Topology is not { } document) return [];
        if (document.FormatVersion != TopologyDocumentSerializer.CurrentFormatVersion)
            return [Problem.Error("start.topology.formatVersion", $"formatVersion {document.FormatVersion} is not one this version reads in a lesson ({TopologyDocumentSerializer.CurrentFormatVersion}).")];
        return TopologyValidator.Validate(document.ToTopology())
            .Select(problem => problem with { Path = problem.Path == "$" ? "start.topology" : $"start.topology.{problem.Path}" });
    }

    private static string Sentence(string text) => char.ToUpperInvariant(text[0]) + text[1..] + ".";

    private static IEnumerable<Problem> CheckReferences(Topology topology, ExerciseCheck check, string path)
    {
        switch (check)
        {
            case ReachCheck reach:
                if (Missing(topology, reach.From, $"{path}.from") is { } from) yield return from;
                if (Missing(topology, reach.To, $"{path}.to") is { } to) yield return to;
                if (reach.Via is { } via && Missing(topology, via, $"{path}.via") is { } through) yield return through;
                if (reach.Port is { } port && !IsPort(port)) yield return NotAPort($"{path}.port", port);
                break;
            case NoOpeningCheck opening:
                if (topology.FindZone(opening.FromZone) is null)
                    yield return Problem.Error($"{path}.fromZone", $"The starting topology has no zone '{opening.FromZone}'.");
                if (Missing(topology, opening.To, $"{path}.to") is { } target) yield return target;
                for (var p = 0; p < opening.ExceptPorts.Count; p++)
                    if (!IsPort(opening.ExceptPorts[p])) yield return NotAPort($"{path}.exceptPorts[{p}]", opening.ExceptPorts[p]);
                break;
            case SurvivesHostLossCheck survives when topology.FindElement<Cluster>(survives.Cluster) is null:
                yield return Problem.Error($"{path}.cluster", $"The starting topology has no cluster '{survives.Cluster}'.");
                break;
        }
    }

    private static Problem? Missing(Topology topology, string name, string path) =>
        topology.FindElement(name) is null ? Problem.Error(path, $"The starting topology has no element '{name}'.") : null;

    private static bool IsPort(int port) => port is >= 1 and <= 65535;

    private static Problem NotAPort(string path, int port) => Problem.Error(path, $"{port} is not a port number (1 to 65535).");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
