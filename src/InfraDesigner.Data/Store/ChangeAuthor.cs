namespace InfraDesigner.Data.Store;

/// <summary>The account a change is made for, as the change log names it.</summary>
public sealed record ChangeAuthor(string? UserId, string? UserName)
{
    /// <summary>No account: seeding, maintenance, tests.</summary>
    public static readonly ChangeAuthor System = new(null, null);
}
