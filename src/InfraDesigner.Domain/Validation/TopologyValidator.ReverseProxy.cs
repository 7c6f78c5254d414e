using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Validation;

public static partial class TopologyValidator
{
    /// <summary>Each route to an existing backend other than the proxy, with a path prefix from the root; a repeated host and prefix is never used.</summary>
    private static void CheckReverseProxy(ValidationContext context, ReverseProxy proxy, string path)
    {
        context.RequirePort(proxy.ListenPort, $"{path}.listenPort");
        var first = new Dictionary<(string?, string), int>();
        for (var j = 0; j < proxy.Routes.Count; j++)
        {
            var route = proxy.Routes[j];
            var routePath = $"{path}.routes[{j}]";
            if (route.Backend == proxy.Name)
            {
                context.Error($"{routePath}.backend", $"{proxy.Name} cannot be its own backend.");
            }
            else
            {
                context.Require<Element>(route.Backend, $"{routePath}.backend", "backend");
            }
            context.RequirePort(route.BackendPort, $"{routePath}.backendPort");
            if (route.PathPrefix is null || !route.PathPrefix.StartsWith('/'))
            {
                context.Error($"{routePath}.pathPrefix", $"A path prefix starts with '/' (like /api); '{route.PathPrefix}' does not.");
            }
            else if (!first.TryAdd((route.Host?.ToLowerInvariant(), route.PathPrefix), j))
            {
                context.Warning($"{routePath}.pathPrefix", $"routes[{first[(route.Host?.ToLowerInvariant(), route.PathPrefix)]}] already takes {route.Host ?? "any host"}{route.PathPrefix}; this route is never used.");
            }
        }
    }
}
