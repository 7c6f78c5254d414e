namespace InfraDesigner.Web.Accounts;

/// <summary>A group as the app shows it; <see cref="Members"/> (emails) only to those who may change it.</summary>
public sealed record GroupView(Guid Id, string Name, string? Owner, int MemberCount, IReadOnlyList<string>? Members, bool CanManage);
