export default defineBackground(() => {
  console.debug('[tri-dao-lens] background started');
});
