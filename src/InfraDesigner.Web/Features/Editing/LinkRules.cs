using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Features.Editing;

/// <summary>Which elements may be cabled to each other, with the reason when not.</summary>
public static class LinkRules
{
    /// <summary>Null when the two may be cabled, else why not, in words for the user.</summary>
    public static string? Refusal(Element a, Element b)
    {
        if (a.Kind == ElementKind.Cluster || b.Kind == ElementKind.Cluster)
            return "A cluster is a frame around hosts; cable its hosts instead.";
        if (ElementKinds.Of(a.Kind).IsNetworkDevice || ElementKinds.Of(b.Kind).IsNetworkDevice)
            return null;
        var other = a.Kind == b.Kind ? $"another {ShortName(b.Kind)}" : $"a {ShortName(b.Kind)}";
        return $"A {ShortName(a.Kind)} connects to a switch, not to {other}.";
    }

    public static string ShortName(ElementKind kind) => ElementKinds.Of(kind).ShortName;
}
