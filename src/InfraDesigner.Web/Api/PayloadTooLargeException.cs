namespace InfraDesigner.Web.Api;

/// <summary>A request body over the configured limit; answered with 413 and the limit.</summary>
public sealed class PayloadTooLargeException(long limitBytes)
    : Exception($"The document is larger than the {limitBytes / (1024 * 1024)} MB limit (Api:MaxDocumentBytes).")
{
    public long LimitBytes { get; } = limitBytes;
}
