using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace InfraDesigner.Web.Security;

/// <summary>
/// Behind a reverse proxy (nginx in front of several instances), the client's address and scheme come from the
/// proxy's X-Forwarded-For and X-Forwarded-Proto, so the rate limit counts each client (not the proxy) and HSTS
/// sees HTTPS. Only proxies on loopback and those configured are believed; anyone else's headers are ignored.
/// </summary>
public static class TrustedProxies
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var proxies = Parse<IPAddress>(section, "KnownProxies", "an IP address", text => IPAddress.TryParse(text, out var address) ? address : null);
        var networks = Parse<System.Net.IPNetwork>(section, "KnownNetworks", "a network in CIDR form, e.g. 172.16.0.0/12",
            text => System.Net.IPNetwork.TryParse(text, out var network) ? network : null);
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
            foreach (var network in networks) options.KnownIPNetworks.Add(network);
        });
    }

    // A wrong entry stops the start, naming it: a proxy silently not trusted would put every client in one rate-limit bucket.
    private static IReadOnlyList<T> Parse<T>(IConfigurationSection section, string key, string expected, Func<string, object?> parse)
    {
        var values = section.GetSection(key).Get<string[]>() ?? [];
        return [.. values.Select((text, i) => parse(text.Trim()) is T value
            ? value
            : throw new InvalidOperationException($"{Section}:{key}:{i}: '{text}' is not {expected}."))];
    }
}
