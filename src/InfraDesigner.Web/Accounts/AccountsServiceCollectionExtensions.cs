using InfraDesigner.Data;
using InfraDesigner.Web.Accounts.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;

namespace InfraDesigner.Web.Accounts;

public static class AccountsServiceCollectionExtensions
{
    public const string AdminPolicy = "admin";

    /// <summary>Picks how a request signed in: one of our API tokens, else Identity's bearer token or cookie.</summary>
    private const string SignedInScheme = "SignedIn";

    /// <summary>
    /// ASP.NET Core Identity on the app's database: a cookie for the browser, a bearer token for programs (both from
    /// Identity's API endpoints support) or an API token of ours, every endpoint signed-in only unless it says otherwise.
    /// </summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccountOptions>().Bind(configuration.GetSection(AccountOptions.Section))
            .Validate(o => string.IsNullOrEmpty(o.AdminEmail) == string.IsNullOrEmpty(o.AdminPassword),
                $"{AccountOptions.Section}:AdminEmail and {AccountOptions.Section}:AdminPassword go together.")
            .Validate(o => o.SignInPermitLimit > 0, $"{AccountOptions.Section}:SignInPermitLimit must be at least 1.")
            .ValidateOnStart();
        services.AddIdentityApiEndpoints<IdentityUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>();
        // A page asked for without a sign-in goes to the sign-in page; programs get 401 from the cookie's events below.
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddPolicyScheme(SignedInScheme, "API token, bearer token or cookie", policy => policy.ForwardDefaultSelector = SignedInWith);
        services.Configure<AuthenticationOptions>(authentication =>
        {
            authentication.DefaultAuthenticateScheme = SignedInScheme;
            authentication.DefaultChallengeScheme = IdentityConstants.ApplicationScheme;
            authentication.DefaultForbidScheme = IdentityConstants.ApplicationScheme;
        });
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Events.OnRedirectToLogin = context => RefuseProgramsOr(context.Response, StatusCodes.Status401Unauthorized, context.RedirectUri);
            cookie.Events.OnRedirectToAccessDenied = context => RefuseProgramsOr(context.Response, StatusCodes.Status403Forbidden, context.RedirectUri);
        });
        services.Configure<BearerTokenOptions>(IdentityConstants.BearerScheme, bearer =>
            bearer.Events.OnMessageReceived = context =>
            {
                // Browsers cannot set a header on a WebSocket; SignalR clients send the token in the query string then.
                if (context.Request.Path.StartsWithSegments("/hubs") && context.Request.Query["access_token"] is [{ Length: > 0 } token])
                    context.Token = token;
                return Task.CompletedTask;
            });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(Roles.Admin));
        services.AddCascadingAuthenticationState();
        services.AddScoped<CircuitHandler, CurrentUserCircuitHandler>();
        services.AddScoped<AccountRegistration>();
        services.AddScoped<AccountAdministration>().AddScoped<GroupAdministration>();
        return services;
    }

    private static string SignedInWith(HttpContext context)
    {
        var request = context.Request;
        if (ApiTokenAuthenticationHandler.Of(request) is not null) return ApiTokenAuthenticationHandler.SchemeName;
        var bearer = request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            || (request.Path.StartsWithSegments("/hubs") && request.Query.ContainsKey("access_token"));
        return bearer ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme;
    }

    private static void ConfigureIdentity(IdentityOptions identity)
    {
        identity.User.RequireUniqueEmail = true;
        identity.Password.RequiredLength = 10;
        identity.Password.RequireNonAlphanumeric = false;
        identity.Password.RequireUppercase = false;
        identity.Lockout.MaxFailedAccessAttempts = 5;
        identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
        identity.Lockout.AllowedForNewUsers = true;
    }

    /// <summary>Programs (the API and the hubs) get the status code; a browser on a page is sent to sign in.</summary>
    private static Task RefuseProgramsOr(HttpResponse response, int status, string redirectUri)
    {
        var path = response.HttpContext.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs")) response.StatusCode = status;
        else response.Redirect(redirectUri);
        return Task.CompletedTask;
    }
}
