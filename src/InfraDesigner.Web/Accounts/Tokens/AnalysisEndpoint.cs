namespace InfraDesigner.Web.Accounts.Tokens;

/// <summary>Marks a POST that only computes an answer and stores nothing, so a read-only API token may call it.</summary>
public sealed class AnalysisEndpoint
{
    public static readonly AnalysisEndpoint Instance = new();
}
