using System.Globalization;
using InfraDesigner.Web.Features.Audit;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Api;

/// <summary>The change log over REST: across the topologies the caller may view, and per topology.</summary>
public static class AuditEndpoints
{
    private const string Filters = "Filters: topology (part of the name), user (part of the email, or system), action, item (part of collection[key]), "
        + "from and to (ISO 8601 instants), take (1-500, default 100), before (the next page's cursor, from the previous answer's next).";

    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", async (HttpRequest http, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new ListAuditLog(FilterOf(http.Query)), ct)))
            .WithTags("Audit").WithSummary("Who changed what and when, newest first").WithDescription(Filters)
            .Produces<AuditPage>().ProducesValidationProblem();

        app.MapGet("/api/topologies/{id:guid}/audit", async (Guid id, HttpRequest http, ISender sender, CancellationToken ct) =>
                await sender.Send(new ListTopologyAuditLog(id, FilterOf(http.Query)), ct) is { } page ? Results.Ok(page) : Results.NotFound())
            .WithTags("Audit").WithSummary("One topology's change log, newest first").WithDescription(Filters)
            .Produces<AuditPage>().ProducesValidationProblem().Produces(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>Reads the filter from the query string, naming each parameter that does not parse.</summary>
    private static AuditFilter FilterOf(IQueryCollection query)
    {
        var errors = new List<FieldError>();
        T? Parsed<T>(string name, Func<string, T?> parse, string expected) where T : struct
        {
            if (query[name].ToString() is not { Length: > 0 } text) return null;
            if (parse(text) is { } value) return value;
            errors.Add(new(name, $"'{text}' is not {expected}."));
            return null;
        }
        var filter = new AuditFilter(
            Text(query, "topology"), Text(query, "user"), Text(query, "action"), Text(query, "item"),
            Parsed("from", Instant, "an ISO 8601 instant"), Parsed("to", Instant, "an ISO 8601 instant"),
            Parsed<long>("before", t => long.TryParse(t, CultureInfo.InvariantCulture, out var n) ? n : null, "a whole number"),
            Parsed<int>("take", t => int.TryParse(t, CultureInfo.InvariantCulture, out var n) ? n : null, "a whole number"));
        return errors.Count == 0 ? filter : throw new RequestValidationException(errors);
    }

    private static string? Text(IQueryCollection query, string name) => query[name].ToString() is { Length: > 0 } text ? text : null;

    private static DateTimeOffset? Instant(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
}
