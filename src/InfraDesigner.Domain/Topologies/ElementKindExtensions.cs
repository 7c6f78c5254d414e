using System.Text.Json;

namespace InfraDesigner.Domain.Topologies;

public static class ElementKindExtensions
{
    /// <summary>Words for messages and the UI: "physical host", "load balancer".</summary>
    public static string DisplayName(this ElementKind kind) =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString()).Replace('-', ' ');
}
