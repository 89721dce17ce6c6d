using System.Net;
using System.Text.RegularExpressions;

namespace Otklik.Web.Tests.Infrastructure;

// Drives Razor Pages like a browser: reads the antiforgery token from the form, posts, keeps cookies.
public static partial class FormClient
{
    public const string DemoPassword = "Otklik-2026!";

    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client,
        string pageUrl,
        IEnumerable<KeyValuePair<string, string>> fields,
        string? postUrl = null)
    {
        var page = await client.GetStringAsync(pageUrl);
        var token = TokenPattern().Match(page).Groups[1].Value;
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(postUrl ?? pageUrl, content);
    }

    // The same for a form with files: the token is added to the multipart content.
    public static async Task<HttpResponseMessage> PostMultipartAsync(
        this HttpClient client, string pageUrl, MultipartFormDataContent content, string? postUrl = null)
    {
        var page = await client.GetStringAsync(pageUrl);
        content.Add(new StringContent(TokenPattern().Match(page).Groups[1].Value), "__RequestVerificationToken");
        return await client.PostAsync(postUrl ?? pageUrl, content);
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string login, string password)
    {
        var response = await client.PostFormAsync("/account/login", [new("Login", login), new("Password", password)]);
        return response;
    }

    public static async Task SignInOrFailAsync(this HttpClient client, string login, string password = DemoPassword)
    {
        var response = await client.SignInAsync(login, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static string Decode(string html) => WebUtility.HtmlDecode(html);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
