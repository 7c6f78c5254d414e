using System.Globalization;
using System.Text.RegularExpressions;
using InfraDesigner.Domain.Validation;
using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Ask;

/// <summary>
/// Reads "can app-a reach sap on port 3300?", "is sap reachable from app-a on 3300/tcp", "can PC1 ping PC3?",
/// "app-a -> sap:3300", "app-a에서 sap 3300 포트로 접속 가능한가?", "PC1이 PC2에 접속할 수 있나요?", and the lists
/// "what can reach sap?", "what can app-a reach?", "sap에 접근할 수 있는 것은?", "app-a가 접근할 수 있는 곳은?".
/// Names first, then port and protocol anywhere.
/// </summary>
internal static class QuestionParser
{
    private const string Name = @"[^\s:?？,]+";
    private const string Verb = @"(?:reach(?:es)?|ping(?:s)?|connect(?:s)?\s+to|access(?:es)?|talk(?:s)?\s+to|get(?:s)?\s+to|open(?:s)?)";
    private const string Which = @"(?:what|who|which(?:\s+\w+)?)";
    private const string KoreanPort = @"(?:\s*(?:\d+\s*(?:번\s*)?포트|포트\s*\d+))?";

    private static readonly Regex[] ListShapes =
    [
        new($@"^{Which}\s+(?:(?:can|could|may)\s+|(?:is|are)\s+able\s+to\s+)?{Verb}\s+(?<dst>{Name})", RegexOptions.IgnoreCase),
        new($@"^(?:can|could|does)\s+(?:anything|anyone|anybody|something)\s+{Verb}\s+(?<dst>{Name})", RegexOptions.IgnoreCase),
        new($@"^{Which}\s+(?:has|have)\s+access\s+to\s+(?<dst>{Name})", RegexOptions.IgnoreCase),
        new($@"^(?:from\s+)?where\s+(?:can|could)\s+(?<dst>{Name})\s+be\s+(?:reached|accessed)", RegexOptions.IgnoreCase),
        new($@"^(?:{Which}|where)\s+(?:can|could|does|do|may)\s+(?<src>{Name})\s+(?:{Verb}|go|connect|get)\b", RegexOptions.IgnoreCase),
        new($@"^{Which}\s+(?:is|are|can\s+be)\s+(?:reachable|reached|accessible)\s+from\s+(?<src>{Name})", RegexOptions.IgnoreCase),
    ];

    private static readonly Regex[] FlowShapes =
    [
        new($@"^(?:can|could|does|will)\s+(?<src>{Name})\s+(?:reach|ping|connect\s+to|access|talk\s+to|get\s+to|open)\s+(?<dst>{Name})", RegexOptions.IgnoreCase),
        new($@"^is\s+(?<dst>{Name})\s+(?:reachable|accessible|pingable|open)\s+from\s+(?<src>{Name})", RegexOptions.IgnoreCase),
        new($@"^(?<src>{Name}?)\s*에서\s*(?<dst>{Name}?)(?:으로|로|에게|에|의|까지)?(?=[\s:?？]|$)"),
        new($@"^(?<src>{Name}?)\s*(?:이|가|은|는)\s+(?<dst>{Name}?){KoreanPort}\s*(?:으로|로|에게|에|까지)(?=[\s:?？]|$)"),
        new($@"^(?:from\s+)?(?<src>{Name})\s*(?:->|→|\bto\b)\s*(?<dst>{Name})", RegexOptions.IgnoreCase),
    ];

    // "sap에 접근할 수 있는 것은?", "app-a가 접근할 수 있는 곳은?", "sap은 누가 접근할 수 있어?", "app-a에서 어디로 갈 수 있어?":
    // one name, its particle, and a word that asks for a list (a "what"/"where"/"who", or a closing "the ones that").
    private static readonly Regex KoreanList = new($@"^(?<name>{Name}?){KoreanPort}\s*(?<particle>에서|으로|에게|로|에|이|가|은|는)\s*(?<rest>.+)$");
    private static readonly Regex KoreanListWord = new(@"누가|누구|어디|무엇|뭐가|뭐에|(?:것|곳|대상|요소|서버|장비|호스트|시스템|목록)(?:들)?(?:은|는|이|가|을)?(?:\s*(?:뭐|무엇|어디)\S*)?$");
    private static readonly Regex KoreanAsksForSources = new(@"누가|누구가|어디서|어디에서|무엇이|뭐가");
    private static readonly Regex KoreanAsksForDestinations = new(@"어디에|어디로|무엇에|뭐에|누구에게");

    private static readonly Regex[] PortShapes =
    [
        new(@"(?:port|포트)\s*(?<p>\d+)", RegexOptions.IgnoreCase),
        new(@"(?<p>\d+)\s*(?:번\s*)?(?:포트|port)", RegexOptions.IgnoreCase),
        new(@"(?<p>\d+)\s*/\s*(?:tcp|udp)", RegexOptions.IgnoreCase),
        new(@":(?<p>\d+)"),
        new(@"\b(?:on|at)\s+(?<p>\d+)\b", RegexOptions.IgnoreCase),
        new(@"(?<=\s)(?<p>\d+)(?=\s*(?:번|으로|로)?\s*(?:접속|연결|통신|접근))"),
    ];

    /// <summary>The words of the question, or the reason it was not understood.</summary>
    public static (ParsedWords? Words, string? Error) Parse(string question)
    {
        var text = question.Trim().TrimEnd('?', '？', '.', '!', ' ');
        if (text.Length == 0)
            return (null, "the question is empty");
        if (Names(text) is not { } names)
            return (null, $"could not find who asks and what for in '{question}'; try 'can app-a reach sap on port 3300?' or 'what can reach sap?'");
        int? port = null;
        if (PortShapes.Select(p => p.Match(text)).FirstOrDefault(m => m.Success) is { } portMatch)
        {
            if (!int.TryParse(portMatch.Groups["p"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || !Limits.IsPort(value))
                return (null, $"port {portMatch.Groups["p"].Value} is out of range {Limits.Ports}");
            port = value;
        }
        return (new ParsedWords(names.Source, names.Destination, ProtocolIn(text), port), null);
    }

    /// <summary>Source and destination; one of them null for a list question; null when the question has no shape we know.</summary>
    private static (string? Source, string? Destination)? Names(string text)
    {
        if (ListShapes.Select(s => s.Match(text)).FirstOrDefault(m => m.Success) is { } list)
            return (Group(list, "src"), Group(list, "dst"));
        if (KoreanList.Match(text) is { Success: true } korean && KoreanListWord.IsMatch(korean.Groups["rest"].Value))
            return AsksForSources(korean) ? (null, korean.Groups["name"].Value) : (korean.Groups["name"].Value, null);
        if (FlowShapes.Select(s => s.Match(text)).FirstOrDefault(m => m.Success) is { } flow)
            return (flow.Groups["src"].Value, flow.Groups["dst"].Value);
        return null;
    }

    private static string? Group(Match match, string name) => match.Groups[name] is { Success: true } group ? group.Value : null;

    // A question word decides ("sap은 누가": who reaches sap); else the particle: "sap에" (to sap) or "app-a가/에서" (app-a, from app-a).
    private static bool AsksForSources(Match korean)
    {
        var rest = korean.Groups["rest"].Value;
        if (KoreanAsksForSources.IsMatch(rest))
            return true;
        if (KoreanAsksForDestinations.IsMatch(rest))
            return false;
        return korean.Groups["particle"].Value is "에" or "으로" or "로" or "에게";
    }

    private static Protocol? ProtocolIn(string text) =>
        Regex.IsMatch(text, @"\b(?:ping|icmp)\b|핑|ping", RegexOptions.IgnoreCase) ? Protocol.Icmp
        : Regex.IsMatch(text, @"\budp\b", RegexOptions.IgnoreCase) ? Protocol.Udp
        : Regex.IsMatch(text, @"\btcp\b", RegexOptions.IgnoreCase) ? Protocol.Tcp
        : null;
}
