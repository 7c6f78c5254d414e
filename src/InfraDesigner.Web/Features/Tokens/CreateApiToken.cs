using InfraDesigner.Data.Entities;
using InfraDesigner.Data.Store;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Accounts.Tokens;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Tokens;

/// <summary>
/// Makes an API token for the signed-in account: read-only (reads and questions) or read-write (what the account
/// may do), expiring after the given days. The answer holds the token itself, the only time it is shown.
/// </summary>
public sealed record CreateApiToken(string? Name, bool ReadOnly, int ExpiresInDays) : IRequest<NewApiToken>
{
    public const int MaxDays = 365;
    public const int MaxPerAccount = 20;

    internal sealed class Validator : IValidator<CreateApiToken>
    {
        public IEnumerable<FieldError> Validate(CreateApiToken request)
        {
            if (string.IsNullOrWhiteSpace(request.Name)) yield return new("name", "A name is required, to tell the token's use later.");
            else if (request.Name.Trim().Length > 100) yield return new("name", "A name has at most 100 characters.");
            if (request.ExpiresInDays is < 1 or > MaxDays)
                yield return new("expiresInDays", $"{request.ExpiresInDays} is not between 1 and {MaxDays} days.");
        }
    }

    internal sealed class Handler(ApiTokenStore tokens, CurrentUser user, TimeProvider clock) : IRequestHandler<CreateApiToken, NewApiToken>
    {
        public async ValueTask<NewApiToken> Handle(CreateApiToken request, CancellationToken cancellationToken)
        {
            var account = user.ManagingAccount();
            if (await tokens.CountAsync(account, cancellationToken) >= MaxPerAccount)
                throw new RequestValidationException([new FieldError("name", $"An account has at most {MaxPerAccount} API tokens; revoke one first.")]);
            var secret = ApiTokenSecret.New();
            var now = clock.GetUtcNow();
            var token = new ApiTokenRecord
            {
                Id = Guid.NewGuid(),
                UserId = account,
                Name = request.Name!.Trim(),
                Hash = ApiTokenSecret.Hash(secret),
                Prefix = secret[..ApiTokenSecret.PrefixLength],
                ReadOnly = request.ReadOnly,
                CreatedAt = now,
                ExpiresAt = now.AddDays(request.ExpiresInDays),
            };
            await tokens.AddAsync(token, cancellationToken);
            return new NewApiToken(ApiTokenView.Of(token), secret);
        }
    }
}

/// <summary>A token just made: its listing and the secret, which is not stored and cannot be shown again.</summary>
public sealed record NewApiToken(ApiTokenView Token, string Secret);
