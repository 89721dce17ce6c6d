using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Tests.Features.Appeals;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Knowledge;

// Shared moves of the knowledge-base tests: sections of the demo departments, items written through the API
// with a staff member's cookie, as the pages do.
public sealed class KnowledgeSteps(OtklikFactory factory)
{
    public AppealSteps People { get; } = new(factory);

    public Task<int> SectionOfAsync(string departmentShortName) => factory.WithDbAsync(db => db.KnowledgeSections
        .Where(s => db.Departments.Any(d => d.Id == s.DepartmentId && d.ShortName == departmentShortName))
        .Select(s => s.Id).FirstAsync());

    public static async Task<JsonElement> CreateAsync(
        HttpClient client, int sectionId, string title, string body, string type = "faq")
    {
        var response = await client.PostAsJsonAsync($"/api/v1/knowledge/sections/{sectionId}/items",
            new { type, title, body });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> UpdateAsync(
        HttpClient client, int id, int revision, string title, string body, string reason, string type = "faq")
    {
        var response = await client.PutAsJsonAsync($"/api/v1/knowledge/items/{id}",
            new { type, title, body, reason, revision });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> SearchAsync(HttpClient client, string query, string extra = "")
    {
        var response = await client.GetAsync($"/api/v1/knowledge/search?q={Uri.EscapeDataString(query)}{extra}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static List<string> Titles(JsonElement results) =>
        [.. results.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!)];

    public static string Unique() => Guid.NewGuid().ToString("N")[..8];
}
