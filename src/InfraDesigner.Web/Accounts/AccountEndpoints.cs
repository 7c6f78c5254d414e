using InfraDesigner.Web.Features.Tokens;
using InfraDesigner.Web.Mediation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Web.Accounts;

/// <summary>Signing in and out for programs and the page's sign-out button; the sign-in and sign-up pages are <c>Components/Account</c>.</summary>
public static class AccountEndpoints
{
    public const string SignInPath = "/api/account/login";

    /// <summary>Email and password; <c>useCookies</c> asks for the browser's cookie instead of a bearer token.</summary>
    public sealed record SignInBody(string? Email, string? Password);

    public sealed record Me(string Id, string Email, IReadOnlyList<string> Roles);

    public sealed record NewAccount(string? Email, string? Password, string? Role);

    public sealed record RoleBody(string? Role);

    public sealed record NewTokenBody(string? Name, bool ReadOnly, int? ExpiresInDays);

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(SignInPath, SignInAsync).AllowAnonymous()
            .WithName("SignIn").WithTags("Account")
            .WithSummary("Signs in with email and password: answers a bearer token (Authorization: Bearer …), or sets the cookie with ?useCookies=true");
        app.MapGet("/api/account/me", (HttpContext context) => new Me(
                context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "",
                context.User.Identity?.Name ?? "",
                [.. Roles.All.Where(context.User.IsInRole)]))
            .WithName("GetMe").WithTags("Account").WithSummary("The signed-in account and its roles");
        var tokens = app.MapGroup("/api/account/tokens").WithTags("Account");
        tokens.MapGet("/", (ISender sender, CancellationToken ct) => sender.Send(new ListApiTokens(), ct))
            .WithName("ListApiTokens").WithSummary("Your API tokens (never their secrets)");
        tokens.MapPost("/", async (NewTokenBody body, ISender sender, CancellationToken ct) =>
            {
                var made = await sender.Send(new CreateApiToken(body.Name, body.ReadOnly, body.ExpiresInDays ?? 90), ct);
                return Results.Created($"/api/account/tokens/{made.Token.Id}", made);
            })
            .WithName("CreateApiToken")
            .WithSummary("Makes an API token { name, readOnly, expiresInDays (1-365, 90) }; the answer's secret is shown only this once")
            .Produces<NewApiToken>(StatusCodes.Status201Created).ProducesValidationProblem();
        tokens.MapDelete("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
                await sender.Send(new RevokeApiToken(id), ct) ? Results.NoContent() : Results.NotFound())
            .WithName("RevokeApiToken").WithSummary("Revokes one of your API tokens");
        var accounts = app.MapGroup("/api/accounts").WithTags("Account").RequireAuthorization(AccountsServiceCollectionExtensions.AdminPolicy);
        accounts.MapGet("/", (AccountAdministration admin) => admin.ListAsync()).WithName("ListAccounts").WithSummary("Every account and its roles (admins only)");
        accounts.MapPost("/", async (NewAccount body, AccountAdministration admin) =>
            {
                var created = await admin.CreateAsync(body.Email, body.Password, body.Role);
                return Results.Created($"/api/accounts/{created.Id}", created);
            })
            .WithName("CreateAccount").WithSummary("Adds an account with a role: admin, trainer, trainee or member (admins only)")
            .Produces<AccountView>(StatusCodes.Status201Created).ProducesValidationProblem();
        accounts.MapPut("/{id}/role", async (string id, RoleBody body, AccountAdministration admin) =>
                await admin.ChangeRoleAsync(id, body.Role) is { } changed ? Results.Ok(changed) : Results.NotFound())
            .WithName("ChangeAccountRole").WithSummary("Gives an account exactly this role (admins only); the last admin stays admin")
            .Produces<AccountView>().ProducesValidationProblem();
        // The form parameter makes the endpoint check the form's antiforgery token (a cross-site post cannot sign anyone out).
        app.MapPost("/account/logout", async (SignInManager<IdentityUser> signIn, [FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/account/login");
        }).ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult, ValidationProblem>> SignInAsync(
        SignInBody body, bool? useCookies, SignInManager<IdentityUser> signIn)
    {
        if (Credentials.Missing(body.Email, body.Password) is { Count: > 0 } missing)
            return TypedResults.ValidationProblem(new RequestValidationException(missing).ToDictionary());
        signIn.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        // The bearer handler writes the token as the response body.
        var result = await signIn.PasswordSignInAsync(body.Email!.Trim(), body.Password!, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded ? TypedResults.Empty : TypedResults.Problem(SignInRefusal.Describe(result), statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in");
    }
}
