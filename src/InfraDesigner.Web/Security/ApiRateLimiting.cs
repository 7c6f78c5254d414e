using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using InfraDesigner.Web.Accounts;
using Microsoft.Extensions.Options;

namespace InfraDesigner.Web.Security;

/// <summary>
/// A fixed window of requests per client IP address on everything under /api, and a tighter one on sign-in attempts
/// (the page's form and the API); pages, assets and the circuits are not limited. A refused request gets 429 with Retry-After and a problem JSON body.
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
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ApiRateLimitOptions>, IOptions<AccountOptions>>((options, limits, accounts) =>
        {
            var api = PartitionedRateLimiter.Create<HttpContext, string>(context => IsApi(context)
                ? PerClient(context, limits.Value.PermitLimit, TimeSpan.FromSeconds(limits.Value.WindowSeconds))
                : RateLimitPartition.GetNoLimiter(""));
            var signIn = PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignIn(context)
                ? PerClient(context, accounts.Value.SignInPermitLimit, SignInWindow)
                : RateLimitPartition.GetNoLimiter(""));
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(api, signIn);
            options.OnRejected = (rejected, _) => new ValueTask(IsSignIn(rejected.HttpContext)
                ? RefuseAsync(rejected, $"More than {accounts.Value.SignInPermitLimit} sign-in attempts in a minute from {ClientOf(rejected.HttpContext)} ({AccountOptions.Section}:SignInPermitLimit)", SignInWindow)
                : RefuseAsync(rejected, $"More than {limits.Value.PermitLimit} API requests in {limits.Value.WindowSeconds} s from {ClientOf(rejected.HttpContext)} ({ApiRateLimitOptions.Section})",
                    TimeSpan.FromSeconds(limits.Value.WindowSeconds)));
        });
        return services;
    }

    private static readonly TimeSpan SignInWindow = TimeSpan.FromMinutes(1);

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    private static bool IsSignIn(HttpContext context) => HttpMethods.IsPost(context.Request.Method)
        && (context.Request.Path.StartsWithSegments("/account/login") || context.Request.Path.StartsWithSegments(AccountEndpoints.SignInPath));

    private static RateLimitPartition<string> PerClient(HttpContext context, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(ClientOf(context), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
        });

    private static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static Task RefuseAsync(OnRejectedContext rejected, string what, TimeSpan window)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem(
                $"{what}; retry after {seconds} s.",
                statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests")
            .ExecuteAsync(context);
    }
}
