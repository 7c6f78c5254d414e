namespace InfraDesigner.Web.Accounts;

public static class CurrentUserMiddleware
{
    /// <summary>After authentication: the request's user becomes the scope's <see cref="CurrentUser"/>.</summary>
    public static IApplicationBuilder UseCurrentUser(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.RequestServices.GetRequiredService<CurrentUser>().Principal = context.User;
            return next(context);
        });
}
