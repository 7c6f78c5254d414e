using InfraDesigner.Data.Store;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Tokens;

/// <summary>The signed-in account's API tokens, newest first.</summary>
public sealed record ListApiTokens : IRequest<IReadOnlyList<ApiTokenView>>
{
    internal sealed class Handler(ApiTokenStore tokens, CurrentUser user) : IRequestHandler<ListApiTokens, IReadOnlyList<ApiTokenView>>
    {
        public async ValueTask<IReadOnlyList<ApiTokenView>> Handle(ListApiTokens request, CancellationToken cancellationToken) =>
            (await tokens.ListAsync(user.ManagingAccount(), cancellationToken)).Select(ApiTokenView.Of).ToArray();
    }
}
