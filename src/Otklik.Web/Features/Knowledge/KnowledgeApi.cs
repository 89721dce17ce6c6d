using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Integrations;
using Otklik.Web.Features.Knowledge.Search;
using Otklik.Web.Infrastructure.Api;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Knowledge;

public sealed record SectionResponse(int Id, string Title, string? Description, int DepartmentId, string NextReviewOn);

public sealed record SearchHitResponse(
    int Id, string Title, int SectionId, string Section, string Type, string Snippet, float Score, string Url);

public sealed record SearchResponse(string Query, int Total, bool Approximate, IReadOnlyList<SearchHitResponse> Hits);

public sealed record RegulationResponse(
    string? Number, string? SignedOn, string? Link, string? Governs, string? InForceFrom, string? InForceTo);

public sealed record ItemResponse(
    int Id, int SectionId, string Type, string Title, string Markdown, string Html, RegulationResponse? Regulation,
    int Version, int Revision, string UpdatedAt, string UpdatedBy, string? ReviewDueOn);

public sealed record ItemRequest(
    string? Type, string? Title, string? Body, string? Reason, int? Revision, RegulationRequest? Regulation);

public sealed record RegulationRequest(
    string? Number, DateOnly? SignedOn, string? Link, string? Governs, DateOnly? InForceFrom, DateOnly? InForceTo);

public sealed record VersionResponse(int Number, string Title, string SavedAt, string Author, string Reason);

public static class KnowledgeApi
{
    public static RouteGroupBuilder MapKnowledgeApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/knowledge").WithTags("Knowledge base");
        var read = group.MapGroup("/").RequireScope(ApiScopes.KnowledgeRead);
        read.MapGet("/sections", SectionsAsync).WithSummary("Sections and their owning departments");
        read.MapGet("/search", SearchAsync)
            .WithSummary("Ranked search with Russian word forms and synonyms; snippets mark the matched words")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        read.MapGet("/items/{id:int}", ItemAsync).WithSummary("One item, as Markdown and as safe HTML")
            .ProducesProblem(StatusCodes.Status404NotFound);
        read.MapGet("/items/{id:int}/versions", VersionsAsync).WithSummary("Saved versions of an item");

        var write = group.MapGroup("/").RequireScope(ApiScopes.KnowledgeWrite);
        write.MapPost("/sections/{sectionId:int}/items", CreateAsync)
            .WithSummary("Add an item; only staff of the owning department may")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        write.MapPut("/items/{id:int}", UpdateAsync)
            .WithSummary("Save a new version; give the revision you read and the reason")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Ok<List<SectionResponse>>> SectionsAsync(OtklikDbContext db)
    {
        var sections = await db.KnowledgeSections.AsNoTracking().OrderBy(s => s.Title).ToListAsync();
        return TypedResults.Ok(sections.Select(s => new SectionResponse(s.Id, s.Title, s.Description, s.DepartmentId,
            Iso(s.NextReviewOn))).ToList());
    }

    private static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> SearchAsync(
        KnowledgeSearch search, string? q, int? section, string? type, int? limit)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > KnowledgeSearch.MaxQueryLength)
        {
            return Errors.Validation("knowledge.query", "Передайте запрос q длиной от 1 до 300 знаков.").ToProblem();
        }

        var kind = MaterialTypes.Parse(type);
        if (type is not null && kind is null)
        {
            return Errors.Validation("knowledge.type", "Неизвестный тип материала: " +
                "faq, regulation, template, example, contacts, script, hr, subordinates или other.").ToProblem();
        }

        if (limit is < 1 or > 50)
        {
            return Errors.Validation("knowledge.limit", "limit — от 1 до 50.").ToProblem();
        }

        var found = await search.SearchAsync(new IndexQuery(q, section, kind, limit ?? 10), remember: true);
        return TypedResults.Ok(new SearchResponse(found.Query, found.Total, found.Relaxed, [.. found.Hits.Select(h =>
            new SearchHitResponse(h.Id, h.Title, h.SectionId, h.Section, MaterialTypes.Code(h.Type), h.SnippetHtml,
                h.Score, $"/knowledge/items/{h.Id}"))]));
    }

    private static async Task<Results<Ok<ItemResponse>, ProblemHttpResult>> ItemAsync(int id, OtklikDbContext db)
    {
        var item = await db.KnowledgeItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id);
        return item is null
            ? Errors.NotFound("knowledge.item_not_found", $"Материал {id} не найден.").ToProblem()
            : TypedResults.Ok(ToResponse(item));
    }

    private static async Task<Ok<List<VersionResponse>>> VersionsAsync(int id, OtklikDbContext db)
    {
        var versions = await db.KnowledgeVersions.AsNoTracking().Where(v => v.ItemId == id)
            .OrderByDescending(v => v.Number).ToListAsync();
        return TypedResults.Ok(versions.Select(v => new VersionResponse(v.Number, v.Title,
            v.SavedAt.ToString("O", CultureInfo.InvariantCulture), v.Author, v.Reason)).ToList());
    }

    private static async Task<Results<Created<ItemResponse>, ProblemHttpResult>> CreateAsync(
        int sectionId, ItemRequest request, KnowledgeEditor editor, ClaimsPrincipal user)
    {
        if (ToInput(request) is not { } input)
        {
            return UnknownType();
        }

        var result = await editor.CreateAsync(sectionId, input, user);
        return result.IsSuccess
            ? TypedResults.Created($"/api/v1/knowledge/items/{result.Value!.Id}", ToResponse(result.Value))
            : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<ItemResponse>, ProblemHttpResult>> UpdateAsync(
        int id, ItemRequest request, KnowledgeEditor editor, ClaimsPrincipal user)
    {
        if (ToInput(request) is not { } input)
        {
            return UnknownType();
        }

        if (request.Revision is not { } revision)
        {
            return Errors.Validation("knowledge.revision_required",
                "Передайте revision — номер редакции, которую вы читали.").ToProblem();
        }

        var result = await editor.UpdateAsync(id, revision, input, user);
        return result.IsSuccess ? TypedResults.Ok(ToResponse(result.Value!)) : result.Error!.ToProblem();
    }

    private static ProblemHttpResult UnknownType() =>
        Errors.Validation("knowledge.type", "Укажите type: faq, regulation, template, example, contacts, script, " +
            "hr, subordinates или other.").ToProblem();

    private static ItemInput? ToInput(ItemRequest request) =>
        MaterialTypes.Parse(request.Type) is not { } type
            ? null
            : new ItemInput(type, request.Title, request.Body, request.Reason, request.Regulation is { } r
                ? new RegulationInput(r.Number, r.SignedOn, r.Link, r.Governs, r.InForceFrom, r.InForceTo)
                : null);

    private static ItemResponse ToResponse(KnowledgeItem item) => new(
        item.Id, item.SectionId, MaterialTypes.Code(item.Type), item.Title, item.Body, MarkdownText.ToHtml(item.Body),
        item.Regulation is { } r
            ? new RegulationResponse(r.Number, Iso(r.SignedOn), r.Link, r.Governs, Iso(r.InForceFrom), Iso(r.InForceTo))
            : null,
        item.Version, item.Revision, item.UpdatedAt.ToString("O", CultureInfo.InvariantCulture), item.UpdatedBy,
        Iso(item.ReviewDueOn));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Iso(DateOnly? date) => date is { } d ? Iso(d) : null;
}
