namespace InfraDesigner.Web.Api;

/// <summary>Settings of the REST API (configuration section "Api").</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Largest topology document accepted in a request body.</summary>
    public long MaxDocumentBytes { get; set; } = 20 * 1024 * 1024;
}
