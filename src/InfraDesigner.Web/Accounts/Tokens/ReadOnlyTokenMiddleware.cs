namespace InfraDesigner.Web.Accounts.Tokens;

public static class ReadOnlyTokenMiddleware
{
    /// <summary>
    /// A read-only API token reads (GET) and asks questions (the analysis POSTs and the simulation hub); anything
    /// else it asks for is a 403 before any use case runs.
    /// </summary>
    public static IApplicationBuilder UseReadOnlyTokens(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!context.User.IsReadOnlyToken() || Reads(context))
            {
                await next(context);
                return;
            }
            await Results.Problem("This API token is read-only; make a read-write token for changes.",
                statusCode: StatusCodes.Status403Forbidden, title: "Forbidden").ExecuteAsync(context);
        });

    private static bool Reads(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
        || context.Request.Path.StartsWithSegments("/hubs")
        || context.GetEndpoint()?.Metadata.GetMetadata<AnalysisEndpoint>() is not null;
}
