namespace InfraDesigner.Web.Features.Diagnostics;

/// <summary>Settings of the diagnostics endpoint (configuration section "Diagnostics").</summary>
public sealed class DiagnosticsOptions
{
    public const string Section = "Diagnostics";

    /// <summary>
    /// Whether <c>GET /api/diagnostics/memory?collect=true</c> may force a full garbage collection. Off by
    /// default: a collection pauses every user, so only measuring runs turn it on.
    /// </summary>
    public bool AllowCollect { get; set; }

    /// <summary>
    /// Whether the diagnostics endpoints exist outside Development (they always do in Development). Off by
    /// default: the report tells anyone who can reach the port how loaded the server is.
    /// </summary>
    public bool Enabled { get; set; }
}
