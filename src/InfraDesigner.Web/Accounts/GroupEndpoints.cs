namespace InfraDesigner.Web.Accounts;

/// <summary>Groups over REST: list, make, delete, and who is in them (see <see cref="GroupAdministration"/> for who may).</summary>
public static class GroupEndpoints
{
    public sealed record GroupBody(string? Name);

    public sealed record MemberBody(string? Email);

    public static IEndpointRouteBuilder MapGroupEndpoints(this IEndpointRouteBuilder app)
    {
        var groups = app.MapGroup("/api/groups").WithTags("Account");
        groups.MapGet("/", (GroupAdministration admin, CancellationToken ct) => admin.ListAsync(ct))
            .WithSummary("Every group by name; its members only to its maker and the admins");
        groups.MapPost("/", async (GroupBody body, GroupAdministration admin, CancellationToken ct) =>
            {
                var made = await admin.CreateAsync(body.Name, ct);
                return Results.Created($"/api/groups/{made.Id}", made);
            })
            .WithSummary("Makes a group { name } (admins and trainers)").Produces<GroupView>(StatusCodes.Status201Created).ProducesValidationProblem();
        groups.MapDelete("/{id:guid}", async (Guid id, GroupAdministration admin, CancellationToken ct) =>
                await admin.DeleteAsync(id, ct) ? Results.NoContent() : Results.NotFound())
            .WithSummary("Deletes a group and what was shared with it (its maker and the admins)");
        groups.MapPost("/{id:guid}/members", async (Guid id, MemberBody body, GroupAdministration admin, CancellationToken ct) =>
                await admin.SetMemberAsync(id, body.Email, member: true, ct) is { } group ? Results.Ok(group) : Results.NotFound())
            .WithSummary("Puts an account { email } in the group").Produces<GroupView>().ProducesValidationProblem();
        groups.MapDelete("/{id:guid}/members/{email}", async (Guid id, string email, GroupAdministration admin, CancellationToken ct) =>
                await admin.SetMemberAsync(id, email, member: false, ct) is { } group ? Results.Ok(group) : Results.NotFound())
            .WithSummary("Takes an account out of the group").Produces<GroupView>();
        return app;
    }
}
