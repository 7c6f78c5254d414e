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

    public sealed record NewTokenBody(string? Name, bool ReadOnly, int? ExpiresInDays);

    public sealed record AccountView(string Id, string Email, IReadOnlyList<string> Roles);

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
        accounts.MapGet("/", ListAsync).WithName("ListAccounts").WithSummary("Every account and its roles (admins only)");
        accounts.MapPost("/", CreateAsync).WithName("CreateAccount")
            .WithSummary("Adds an account with a role: admin, trainer, trainee or member (admins only)");
        // The form parameter makes the endpoint check the form's antiforgery token (a cross-site post cannot sign anyone out).
        app.MapPost("/account/logout", async (SignInManager<IdentityUser> signIn, [FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/account/login");
        }).ExcludeFromDescription();
        return app;
    }

    private static Dictionary<string, string[]> MissingCredentials(string? email, string? password)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(email)) errors["email"] = ["An email is required."];
        if (string.IsNullOrEmpty(password)) errors["password"] = ["A password is required."];
        return errors;
    }

    private static async Task<IReadOnlyList<AccountView>> ListAsync(UserManager<IdentityUser> users)
    {
        var views = new List<AccountView>();
        foreach (var user in await users.Users.OrderBy(u => u.Email).ToListAsync())
            views.Add(new(user.Id, user.Email ?? "", [.. await users.GetRolesAsync(user)]));
        return views;
    }

    private static async Task<Results<Created<AccountView>, ValidationProblem>> CreateAsync(NewAccount body, AccountRegistration registration, UserManager<IdentityUser> users)
    {
        var errors = MissingCredentials(body.Email, body.Password);
        if (body.Role is not { } role || !Roles.All.Contains(role)) errors["role"] = [$"'{body.Role}' is not one of {string.Join(", ", Roles.All)}."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var email = body.Email!.Trim();
        var created = await registration.CreateAsync(email, body.Password!, body.Role!);
        if (!created.Succeeded) return TypedResults.ValidationProblem(IdentityErrors.ByField(created));
        var user = (await users.FindByEmailAsync(email))!;
        return TypedResults.Created($"/api/accounts/{user.Id}", new AccountView(user.Id, email, [body.Role!]));
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult, ValidationProblem>> SignInAsync(
        SignInBody body, bool? useCookies, SignInManager<IdentityUser> signIn)
    {
        if (MissingCredentials(body.Email, body.Password) is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);
        signIn.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        // The bearer handler writes the token as the response body.
        var result = await signIn.PasswordSignInAsync(body.Email!.Trim(), body.Password!, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded ? TypedResults.Empty : TypedResults.Problem(SignInRefusal.Describe(result), statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in");
    }
}
