using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Audit;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Integrations;

public sealed record IssuedToken(int Id, string Token);

public sealed class ApiTokenService(OtklikDbContext db, AuditLog audit, TimeProvider time)
{
    private const string TokenStart = "otk_";

    public static string HashOf(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();

    public async Task<Result<IssuedToken>> IssueAsync(
        string name, IReadOnlyCollection<string> scopes, DateTimeOffset? expiresAt)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Errors.Validation("token.name_required", "Укажите название интеграции.");
        }

        var unknown = scopes.Where(s => !ApiScopes.All.ContainsKey(s)).ToList();
        if (scopes.Count == 0 || unknown.Count > 0)
        {
            return Errors.Validation("token.scopes_invalid",
                "Выберите хотя бы одну область доступа из списка.");
        }

        var token = TokenStart + Base64Url(RandomNumberGenerator.GetBytes(32));
        return await StoreAsync(name.Trim(), token, scopes, expiresAt);
    }

    // Used for the documented demo token; production tokens are always random.
    public async Task<Result<IssuedToken>> StoreAsync(
        string name, string token, IReadOnlyCollection<string> scopes, DateTimeOffset? expiresAt)
    {
        var entity = new ApiToken
        {
            Name = name,
            Prefix = token[..Math.Min(token.Length, 12)],
            Hash = HashOf(token),
            Scopes = [.. scopes],
            CreatedAt = time.GetUtcNow(),
            ExpiresAt = expiresAt,
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.ApiTokens.Add(entity);
        await db.SaveChangesAsync();

        audit.Record("api_token.issued", nameof(ApiToken), entity.Id,
            new { entity.Name, entity.Prefix, entity.Scopes });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new IssuedToken(entity.Id, token);
    }

    public async Task<Result<ApiToken>> RevokeAsync(int id, string? reason)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id);
        if (token is null)
        {
            return Errors.NotFound("token.not_found", "Токен не найден.");
        }

        if (token.RevokedAt is not null)
        {
            return token;
        }

        token.RevokedAt = time.GetUtcNow();
        audit.Record("api_token.revoked", nameof(ApiToken), token.Id, new { token.Name, token.Prefix }, reason);
        await db.SaveChangesAsync();
        return token;
    }

    // Runs on every API request, so it is compiled once.
    private static readonly Func<OtklikDbContext, string, Task<ApiToken?>> ByHash =
        EF.CompileAsyncQuery((OtklikDbContext context, string hash) =>
            context.ApiTokens.AsNoTracking().FirstOrDefault(t => t.Hash == hash));

    public async Task<ApiToken?> FindActiveAsync(string token)
    {
        if (!token.StartsWith(TokenStart, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = HashOf(token);
        var found = await ByHash(db, hash);
        return found is not null && found.IsActiveAt(time.GetUtcNow()) ? found : null;
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
