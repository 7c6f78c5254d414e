namespace InfraDesigner.Web.Security;

/// <summary>How many REST API requests one client address may make per window (configuration section "Api:RateLimit").</summary>
public sealed class ApiRateLimitOptions
{
    public const string Section = "Api:RateLimit";

    public int PermitLimit { get; set; } = 600;

    public int WindowSeconds { get; set; } = 60;
}
