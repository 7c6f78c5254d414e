namespace InfraDesigner.Web.Security;

/// <summary>The secure default in one place: trusted proxies, headers, request size, API rate limits and error details.</summary>
public static class SecurityExtensions
{
    public static IServiceCollection AddInfraDesignerSecurity(this IServiceCollection services, IConfiguration configuration) =>
        services.AddTrustedProxies(configuration).AddApiRateLimiting(configuration).AddErrorDetailsOnlyInDevelopment();

    /// <summary>First in the pipeline, so refusals and error pages carry the headers too.</summary>
    public static WebApplication UseInfraDesignerSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseRequestSizeLimit();
        app.UseRateLimiter();
        return app;
    }
}
