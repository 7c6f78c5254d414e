namespace InfraDesigner.Web.Accounts;

/// <summary>An account as an admin sees it.</summary>
public sealed record AccountView(string Id, string Email, IReadOnlyList<string> Roles);
