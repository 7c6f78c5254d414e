using InfraDesigner.Web.Api;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace InfraDesigner.Web.Security;

/// <summary>
/// No request body may be larger than the largest document (Api:MaxDocumentBytes): a declared length
/// over it is refused before anything is read, and the server stops reading a streamed body there.
/// </summary>
public static class RequestSizeLimit
{
    public static WebApplication UseRequestSizeLimit(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var limit = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.MaxDocumentBytes;
            if (context.Request.ContentLength > limit)
                return TooLarge(limit).ExecuteAsync(context);
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
                bodySize.MaxRequestBodySize = limit;
            return next(context);
        });
        return app;
    }

    public static IResult TooLarge(long limitBytes) =>
        Results.Problem(new PayloadTooLargeException(limitBytes).Message, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large");
}
