namespace InfraDesigner.Web.Features.Reachability;

/// <summary>The verdict part of a trace summary ("flow: verdict"), e.g. "no route at PC1".</summary>
public static class Verdicts
{
    public static string Of(string summary) => summary[(summary.IndexOf(": ", StringComparison.Ordinal) + 2)..];
}
