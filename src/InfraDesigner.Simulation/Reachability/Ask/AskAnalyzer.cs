using InfraDesigner.Simulation.Reachability.Matrix;
using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Reachability.Ask;

/// <summary>
/// Answers a question in words (English or Korean): one flow; two elements without a port (ping, then each service of
/// the destination); or a list, "what can reach X" / "what can X reach", over every end device. Never throws for a bad
/// question: the error says what is wrong.
/// </summary>
public static class AskAnalyzer
{
    public static AskAnswer Analyze(NetworkSnapshot snapshot, string question, CancellationToken cancellationToken = default)
    {
        var (words, error) = QuestionParser.Parse(question ?? "");
        if (words is null)
            return AskAnswer.Refused(question ?? "", error);
        var source = words.Source is null ? default : Canonical(snapshot, words.Source, devicesOnly: true);
        var destination = words.Destination is null ? default : Canonical(snapshot, words.Destination, devicesOnly: false);
        if ((source.Error ?? destination.Error) is { } unknown)
            return AskAnswer.Refused(question!, unknown);
        var kind = KindOf(snapshot, words, destination.Name);
        var protocol = words.Protocol ?? (kind == AskKind.Flow ? Protocol.Tcp : Protocol.Any);
        var asked = new AskedQuestion(kind, source.Name, destination.Name, protocol, words.Port);
        try
        {
            return asked.Kind switch
            {
                AskKind.Flow => new AskAnswer(question!, asked, Trace(snapshot, asked), [], null),
                AskKind.Services => new AskAnswer(question!, asked, Trace(snapshot, asked with { Protocol = Protocol.Icmp }), ServiceList.Between(snapshot, asked, cancellationToken), null),
                _ => new AskAnswer(question!, asked, null, ServiceList.Of(snapshot, asked, cancellationToken), null),
            };
        }
        catch (ArgumentException invalid)
        {
            return AskAnswer.Refused(question!, invalid.Message) with { Parsed = asked };
        }
    }

    // A port, ping or a named service asks about one flow; two elements alone ask for everything between them.
    private static AskKind KindOf(NetworkSnapshot snapshot, ParsedWords words, string? destination) =>
        words.Source is null ? AskKind.Reaching
        : words.Destination is null ? AskKind.ReachableFrom
        : words.Port is not null || words.Protocol == Protocol.Icmp || FlowResolver.FindDevice(snapshot, destination!) is null ? AskKind.Flow
        : AskKind.Services;

    private static TraceAnswer Trace(NetworkSnapshot snapshot, AskedQuestion asked) =>
        TraceAnalyzer.Analyze(snapshot, new TraceQuestion(asked.Source!, asked.Destination!, asked.Protocol == Protocol.Any ? Protocol.Tcp : asked.Protocol, asked.Port));

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
