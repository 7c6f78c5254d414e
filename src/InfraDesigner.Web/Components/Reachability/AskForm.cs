namespace InfraDesigner.Web.Components.Reachability;

/// <summary>What the Ask panel's fields held when a question was asked.</summary>
public sealed record AskForm(string Question, string From, string To, double? Port, string Protocol)
{
    public static AskForm Empty { get; } = new("", "", "", null, "tcp");
}
