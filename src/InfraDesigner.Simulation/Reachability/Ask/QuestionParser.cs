using System.Globalization;
using System.Text.RegularExpressions;
using InfraDesigner.Domain.Validation;
using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Ask;

/// <summary>
/// Reads "can app-a reach sap on port 3300?", "is sap reachable from app-a on 3300/tcp", "can PC1 ping PC3?",
/// "app-a -> sap:3300" and "app-a에서 sap 3300 포트로 접속 가능한가?". Names first, then port and protocol anywhere.
/// </summary>
internal static class QuestionParser
{
    private const string Name = @"[^\s:?？,]+";

    private static readonly Regex[] Shapes =
    [
        new($@"^(?:can|could|does|will)\s+(?<src>{Name})\s+(?:reach|ping|connect\s+to|access|talk\s+to|get\s+to|open)\s+(?<dst>{Name})", RegexOptions.IgnoreCase),
        new($@"^is\s+(?<dst>{Name})\s+(?:reachable|accessible|pingable|open)\s+from\s+(?<src>{Name})", RegexOptions.IgnoreCase),
        new($@"^(?<src>{Name}?)\s*에서\s*(?<dst>{Name}?)(?:으로|로|에게|에|의|까지)?(?=[\s:?？]|$)"),
        new($@"^(?:from\s+)?(?<src>{Name})\s*(?:->|→|\bto\b)\s*(?<dst>{Name})", RegexOptions.IgnoreCase),
    ];

    private static readonly Regex[] PortShapes =
    [
        new(@"(?:port|포트)\s*(?<p>\d+)", RegexOptions.IgnoreCase),
        new(@"(?<p>\d+)\s*(?:번\s*)?(?:포트|port)", RegexOptions.IgnoreCase),
        new(@"(?<p>\d+)\s*/\s*(?:tcp|udp)", RegexOptions.IgnoreCase),
        new(@":(?<p>\d+)"),
        new(@"\b(?:on|at)\s+(?<p>\d+)\b", RegexOptions.IgnoreCase),
        new(@"(?<=\s)(?<p>\d+)(?=\s*(?:번|으로|로)?\s*(?:접속|연결|통신))"),
    ];

    /// <summary>The words of the question, or the reason it was not understood.</summary>
    public static (ParsedWords? Words, string? Error) Parse(string question)
    {
        var text = question.Trim().TrimEnd('?', '？', '.', '!', ' ');
        if (text.Length == 0)
            return (null, "the question is empty");
        var shape = Shapes.Select(s => s.Match(text)).FirstOrDefault(m => m.Success);
        if (shape is null)
            return (null, $"could not find who asks and what for in '{question}'; try 'can app-a reach sap on port 3300?'");
        var protocol = ProtocolIn(text);
        int? port = null;
        if (PortShapes.Select(p => p.Match(text)).FirstOrDefault(m => m.Success) is { } portMatch)
        {
            if (!int.TryParse(portMatch.Groups["p"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || !Limits.IsPort(value))
                return (null, $"port {portMatch.Groups["p"].Value} is out of range {Limits.Ports}");
            port = value;
        }
        return (new ParsedWords(shape.Groups["src"].Value, shape.Groups["dst"].Value, protocol, port), null);
    }

    private static Protocol ProtocolIn(string text) =>
        Regex.IsMatch(text, @"\b(?:ping|icmp)\b|핑|ping", RegexOptions.IgnoreCase) ? Protocol.Icmp
        : Regex.IsMatch(text, @"\budp\b", RegexOptions.IgnoreCase) ? Protocol.Udp
        : Protocol.Tcp;
}
