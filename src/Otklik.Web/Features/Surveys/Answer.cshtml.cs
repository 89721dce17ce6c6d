using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Otklik.Web.Features.Shared;

namespace Otklik.Web.Features.Surveys;

// The citizen's survey page behind a signed single-use link: no sign-in, a few questions, usable on a phone.
public sealed class AnswerModel(SurveyService surveys) : PageModel
{
    [FromRoute]
    public string Token { get; set; } = "";

    [BindProperty]
    public int? Satisfaction { get; set; }

    [BindProperty]
    public string? Clear { get; set; }

    [BindProperty]
    public string? Resolved { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public Touchpoint? Touchpoint { get; private set; }

    public string? Problem { get; private set; }

    public bool Thanked { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var opened = await surveys.OpenAsync(Token);
        if (!opened.IsSuccess)
        {
            Problem = opened.Error!.Message;
            Response.StatusCode = opened.Error.Status;
            return Page();
        }

        Touchpoint = Touchpoints.Find(opened.Value!.Touchpoint);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await surveys.SubmitAsync(Token, new SurveyAnswers(Satisfaction, Clear, Resolved, Comment));
        if (result.IsSuccess)
        {
            Thanked = true;
            return Page();
        }

        if (result.Error!.Fields is null)
        {
            Problem = result.Error.Message;
            Response.StatusCode = result.Error.Status;
            return Page();
        }

        ModelState.AddError(result.Error);
        return await OnGetAsync();
    }
}
