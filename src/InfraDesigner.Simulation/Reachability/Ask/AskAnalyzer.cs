using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Reachability.Ask;

/// <summary>Answers a question in words (English or Korean). Never throws for a bad question: the error says what is wrong.</summary>
public static class AskAnalyzer
{
    public static AskAnswer Analyze(NetworkSnapshot snapshot, string question)
    {
        var (words, error) = QuestionParser.Parse(question ?? "");
        if (words is null)
            return new AskAnswer(question ?? "", null, null, error);
        var source = Canonical(snapshot, words.Source, devicesOnly: true);
        var destination = Canonical(snapshot, words.Destination, devicesOnly: false);
        if ((source.Error ?? destination.Error) is { } unknown)
            return new AskAnswer(question!, null, null, unknown);
        var parsed = new TraceQuestion(source.Name!, destination.Name!, words.Protocol, words.Port);
        try
        {
            return new AskAnswer(question!, parsed, TraceAnalyzer.Analyze(snapshot, parsed), null);
        }
        catch (ArgumentException invalid)
        {
            return new AskAnswer(question!, parsed, null, invalid.Message);
        }
    }

    /// <summary>The element's real name: exact, then ignoring case, then by IP; else a did-you-mean error.</summary>
    private static (string? Name, string? Error) Canonical(NetworkSnapshot snapshot, string typed, bool devicesOnly)
    {
        if (FlowResolver.FindDevice(snapshot, typed) is { } device)
            return (System.Net.IPAddress.TryParse(typed, out _) ? typed : snapshot.Devices[device].Name, null);
        var names = devicesOnly ? snapshot.Devices.Select(d => d.Name) : FlowResolver.Names(snapshot);
        var service = names.FirstOrDefault(n => n == typed) ?? names.FirstOrDefault(n => string.Equals(n, typed, StringComparison.OrdinalIgnoreCase));
        if (service is not null)
            return (service, null);
        if (!devicesOnly && System.Net.IPAddress.TryParse(typed, out _))
            return (typed, null);
        var suggestion = NameSuggester.Closest(names, typed);
        return (null, $"no element named '{typed}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
    }
}
