using InfraDesigner.Data;
using InfraDesigner.Data.Entities;
using InfraDesigner.Web.Mediation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Web.Accounts;

/// <summary>
/// Groups of accounts, for the API and the Groups page alike. Admins and trainers make groups (a team, a class);
/// a group's maker and the admins change who is in it, or delete it. Everyone signed in sees the groups' names,
/// to share a topology with one.
/// </summary>
public sealed class GroupAdministration(IDbContextFactory<AppDbContext> dbFactory, UserManager<IdentityUser> users, CurrentUser user, TimeProvider clock)
{
    public const int MaxNameLength = 100;

    public bool CanMakeGroups => user.IsAdmin || user.Principal.IsInRole(Roles.Trainer);

    public async Task<IReadOnlyList<GroupView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await ViewsAsync(db, db.Groups, cancellationToken);
    }

    private async Task<IReadOnlyList<GroupView>> ViewsAsync(AppDbContext db, IQueryable<GroupRecord> which, CancellationToken cancellationToken)
    {
        var groups = await which.AsNoTracking().OrderBy(g => g.Name).ToListAsync(cancellationToken);
        var ids = groups.Select(g => g.Id).ToList();
        var members = await (from member in db.GroupMembers
                             join account in db.Users on member.UserId equals account.Id
                             where ids.Contains(member.GroupId)
                             select new { member.GroupId, account.Email }).ToListAsync(cancellationToken);
        var ownerIds = groups.Select(g => g.OwnerId).OfType<string>().Distinct().ToList();
        var owners = await db.Users.Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? "", cancellationToken);
        return [.. groups.Select(g =>
        {
            var emails = members.Where(m => m.GroupId == g.Id).Select(m => m.Email ?? "").Order(StringComparer.OrdinalIgnoreCase).ToList();
            return new GroupView(g.Id, g.Name, g.OwnerId is { } owner ? owners.GetValueOrDefault(owner) : null, emails.Count, Manages(g) ? emails : null, Manages(g));
        })];
    }

    public async Task<GroupView> CreateAsync(string? name, CancellationToken cancellationToken = default)
    {
        if (!CanMakeGroups) throw new AccessDeniedException("Only admins and trainers make groups.");
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0) throw Invalid("name", "A group needs a name.");
        if (trimmed.Length > MaxNameLength) throw Invalid("name", $"{trimmed.Length} characters is more than {MaxNameLength}.");
        if (trimmed.Contains('@')) throw Invalid("name", "A group's name has no @, so it is not taken for an account's email.");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Groups.AnyAsync(g => g.Name == trimmed, cancellationToken)) throw Invalid("name", $"There is already a group named '{trimmed}'.");
        db.Groups.Add(new GroupRecord { Id = Guid.CreateVersion7(clock.GetUtcNow()), Name = trimmed, OwnerId = user.Id, CreatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return (await ViewsAsync(db, db.Groups.Where(g => g.Name == trimmed), cancellationToken)).Single();
    }

    /// <summary>False when there is no such group.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ManagedAsync(db, id, cancellationToken) is not { } group) return false;
        db.Groups.Remove(group);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Puts the account with this email in the group (or takes it out); null when there is no such group.</summary>
    public async Task<GroupView?> SetMemberAsync(Guid id, string? email, bool member, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ManagedAsync(db, id, cancellationToken) is not { } group) return null;
        var account = await users.FindByEmailAsync(email?.Trim() ?? "")
            ?? throw Invalid("email", $"There is no account with the email '{email?.Trim()}'.");
        var existing = await db.GroupMembers.SingleOrDefaultAsync(m => m.GroupId == id && m.UserId == account.Id, cancellationToken);
        if (member && existing is null) db.GroupMembers.Add(new GroupMemberRecord { GroupId = id, UserId = account.Id });
        if (!member && existing is not null) db.GroupMembers.Remove(existing);
        await db.SaveChangesAsync(cancellationToken);
        return (await ViewsAsync(db, db.Groups.Where(g => g.Id == id), cancellationToken)).Single();
    }

    private async Task<GroupRecord?> ManagedAsync(AppDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var group = await db.Groups.SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (group is not null && !Manages(group)) throw new AccessDeniedException($"Only the group's maker and the admins change {group.Name}.");
        return group;
    }

    private bool Manages(GroupRecord group) => user.IsAdmin || (group.OwnerId is not null && group.OwnerId == user.Id);

    private static RequestValidationException Invalid(string field, string message) => new([new FieldError(field, message)]);
}
