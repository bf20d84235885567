import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './demo-accounts';

/** Signs in through the login form, as a person would, and waits for the desk's shell. */
export async function logIn(page: Page, baseUrl: string, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('logout').waitFor();
}
