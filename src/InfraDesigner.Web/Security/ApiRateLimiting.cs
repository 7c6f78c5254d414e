using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace InfraDesigner.Web.Security;

/// <summary>
/// A fixed window of requests per client IP address on everything under /api; pages, assets and the
/// circuits are not limited. A refused request gets 429 with Retry-After and a problem JSON body.
/// </summary>
public static class ApiRateLimiting
{
    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiRateLimitOptions>().Bind(configuration.GetSection(ApiRateLimitOptions.Section))
            .Validate(o => o.PermitLimit > 0, $"{ApiRateLimitOptions.Section}:PermitLimit must be at least 1.")
            .Validate(o => o.WindowSeconds > 0, $"{ApiRateLimitOptions.Section}:WindowSeconds must be at least 1.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ApiRateLimitOptions>>((options, limits) =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsApi(context)
                ? RateLimitPartition.GetFixedWindowLimiter(ClientOf(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.Value.PermitLimit,
                    Window = TimeSpan.FromSeconds(limits.Value.WindowSeconds),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = (rejected, _) => new ValueTask(RefuseAsync(rejected, limits.Value));
        });
        return services;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    private static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static Task RefuseAsync(OnRejectedContext rejected, ApiRateLimitOptions limits)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(limits.WindowSeconds);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem(
                $"More than {limits.PermitLimit} API requests in {limits.WindowSeconds} s from {ClientOf(context)}; retry after {seconds} s ({ApiRateLimitOptions.Section}).",
                statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests")
            .ExecuteAsync(context);
    }
}
