/**
 * English rendering by the Tri Dao Lens team of QbitAI's Chinese write-up (title, editor's lead, the 7 section
 * titles, and the turns of sections inference-optimization, specialized-inference, workloads-open-source,
 * architecture-expert-ai, academia-industry). Not Tri Dao's words: the podcast was in English and his exact words
 * may differ.
 */
export const part2 = {
  title: "Flash Attention author's latest podcast: Nvidia's GPU dominance will end within three years",

  lead: [
    'How much longer can Nvidia keep "running wild"? — Less than three years!',
    'Does reaching AGI need a new architecture? — No, the Transformer is enough!',
    '"Inference costs have fallen 100x in the past few years, and they could fall another 10x!"',
    'These "hot takes" come from the author of Flash Attention — Tri Dao.',
    'On the latest episode of the podcast Unsupervised Learning, Tri Dao shared deep insights into the GPU market, inference costs, model architectures and where AI is heading, and gave well-reasoned, evidence-backed analysis of the "hot takes" above:',
    "- Within the next 2-3 years, as specialized chips emerge for different classes of workload — low-latency agent systems, high-throughput batch processing and interactive chatbots — the AI hardware landscape will shift from Nvidia's current dominance of about 90% to a more diverse ecosystem.",
    '- Techniques such as the MoE architecture, inference optimization, model quantization, and the co-design of model architecture and hardware have brought down the cost of model inference.',
    '- Three workload patterns will emerge: traditional chatbots, extremely low-latency scenarios, and large-scale batch/high-throughput scenarios; hardware vendors can optimize for each kind of workload accordingly.',
    '…',
    'Tri Dao is not only the author of Flash Attention but also one of the authors of Mamba.',
    'He is also chief scientist at Together AI and a professor at Princeton University.',
    'SemiAnalysis once praised his contributions to the Nvidia ecosystem as an important part of its moat.',
    "It's fair to say that his judgments about the hardware market and the future of AI hardware are extremely valuable as a reference.",
    "So let's take a look together!",
    "We've compiled the full interview below:",
    '(Note: for readability, some filler words and transitions have been adjusted.)',
    'The interview',
  ],

  sections: {
    'nvidia-dominance': "Nvidia's dominance and its competitors",
    'chip-design-challenges': 'Challenges in chip design',
    'inference-optimization': 'Inference optimization techniques',
    'specialized-inference': 'Specialized AI inference',
    'workloads-open-source': 'How AI workloads are evolving, and open-source tools',
    'architecture-expert-ai': 'Architectural innovation and expert-level AI',
    'academia-industry': 'Balancing academia and industry',
  },

  /** One English string per line of the turn's Chinese `text.orig.split('\n')`, same count, same order. */
  turns: {
    'inference-optimization-1': ['What further improvements are still to come in inference optimization?'],
    'inference-optimization-2': [
      "I think there's still room for roughly another 10x improvement.",
      "We've already picked a lot of the low-hanging fruit, but there's still a lot we can do.",
      'First, on the hardware side: in the past it was hard to predict what workloads would look like two years out, so it was hard to specialize heavily.',
      'But now that architectures are relatively stable, chip designers can optimize specifically for inference, for example with stronger native hardware support for low precision, better networking, and so on.',
      'Especially with MoE, where the model gets more parameters but only activates part of them each time, the model may be spread across multiple GPUs/chips, and then the network becomes critical. My estimate is that on the hardware side we can get a 2–3x improvement within a year.',
      "At the model level, there's room to push architectures forward.",
      'Take Mamba, which I worked on: the idea is to have the model compress the history into a smaller state vector instead of keeping the full KV cache — that comes at a cost, but it works very well in certain large-batch inference scenarios (for example reasoning or search that explores several lines of thought at the same time).',
      "Google's Gemini Deep Think is exactly this idea of exploring multiple paths at the same time; scenarios like that make the KV cache an even bigger bottleneck, so the direction of compressing the history is very important. I think the model level can also bring a 2–3x improvement.",
      'At the level of kernel implementation, more and more people are focusing on high-performance kernels, a lot of talent is coming into this area, and kernel optimization could bring another 2x improvement. Put all of that together, and another overall improvement of about 10x in the short term, within a year or so, is possible.',
    ],
    'specialized-inference-1': [
      'Do you think the ecosystem will be dominated by a single provider that can cover every use case, or will we see specialization?',
    ],
    'specialized-inference-2': [
      "I think we'll probably see three kinds of workload patterns. Every inference provider will understand these patterns and try to optimize for them, but scale also brings significant advantages.",
      'Broadly, they are:',
      "- Traditional chatbots: they need some interactivity but don't require extremely low latency",
      "- Extremely low-latency scenarios: for example coding assistance, where responses that are 2–3x faster make users significantly more productive — I'd be willing to pay more for that",
      '- And large-scale batch/high-throughput scenarios: where you need to run inference on a large number of sequences at the same time.',
      'Different providers may make different trade-offs across these segments: some offer broad coverage, while others focus on one kind of scenario and take it to the extreme. I mean, people get around this problem by running several models at the same time.',
      'Like running four Claude Codes at once. But personally I prefer deep work; when I work with a model I usually use just one — and my collaborator scolds me for it. She says, "You should have four Claude Codes open at once."',
      "For this kind of workload, people may be willing to pay more for low latency; that's the low-latency type of workload.",
      "Another kind is very-large-batch work, where I don't care much about latency and only care about getting the highest possible throughput. That matters for things like generating synthetic data.",
      'As I mentioned, the way a lot of people train models is that they start with a small amount of expert-level data or human-labeled data.',
      "For example, say you're an airline and you want to train an AI assistant to handle customer complaints. You only have a small amount of high-quality data, and from that you can generate a large amount of synthetic data. Models are really good at simulating human behavior.",
      "You can have the model simulate a customer from New York who's annoyed because their flight was delayed, and the model can come across as remarkably human.",
      "In fact, there's a lot of data like that on the internet for models to learn from.",
      "The model has a kind of world model inside it, and it can generate a lot of data based on that; it's not as precise as human data, but there's a lot of it.",
      'In this kind of inference use case, all you really care about is throughput.',
      "Another kind is reinforcement learning training. When you're training an agent to carry out a task and changing its policy, you need to evaluate how good the policy is.",
      "That means sampling a lot of completions from the model, also called rollouts, and evaluating how they perform. That's where you need large-batch, high-throughput inference. I think that's the third use case — very large batch.",
      'For these three kinds of scenarios, people have already started to recognize the patterns, and as an inference provider we optimize differently for each one.',
    ],
    'specialized-inference-3': ['How do you allocate resources across these three kinds of scenarios?'],
    'specialized-inference-4': [
      'I think that\'s the benefit of running at large scale — we call it "fleet-level optimization."',
      "When you're running inference on thousands of GPUs, you can adjust how the cluster is allocated dynamically.",
      'A simple example: running batch inference (a batch API).',
      "OpenAI offers this option, and we have a similar one. If we see that the cluster isn't busy handling interactive queries, we can bring in batch queries to make full use of the compute.",
      'As a result, we usually offer about a 50% discount on the batch API; I think OpenAI does the same, and DeepSeek probably does too.',
    ],
    'workloads-open-source-1': [
      'How do you see the inference market developing? Is the room for optimization unlimited?',
    ],
    'workloads-open-source-2': [
      "In the past there really was a lot of low-hanging fruit: if you could write reasonable kernels and build a suitable inference engine, you'd be much better than the solutions already on the market.",
      'But open-source tools are very mature now; projects like vLLM and SGLang have all reached production-grade quality.',
      'We also work with these projects and contribute code to them. So the baseline has gone up a lot.',
      "At the same time, workloads keep evolving. Customers come with new requirements: prefix caching, low latency, or video instead of text, and these all have different performance trade-offs; we're responding to those customer needs as well.",
      "Even as open-source tools get better and better, workloads change quickly, so there's always something new to do. The models themselves keep getting stronger, and there are more and more ways to extract value from them, which is also why so many startups are building businesses on top of these models. Workloads will keep evolving.",
    ],
    'workloads-open-source-3': [
      'With things changing this fast, will these three big categories of workload gradually diverge?',
    ],
    'workloads-open-source-4': [
      'I think there will still be convergence. The killer use case may be agentic workloads.',
      "It's like ChatGPT, which was a leap at the application level: for the first time it let users interact with a language model, debug code, and look up and analyze information.",
      "The next wave of applications will be agentic: AI that can take actions and gather information on its own. That needs a different optimization strategy: it's not just about making the model run fast on GPUs, but also about how it connects to the tools humans use, like Web search.",
      "If you're an engineer, you might want the model to have access to design software; if you're a financial analyst, you'd want it to have access to specific databases. I expect this kind of workload to become mainstream over the next year or so.",
      'On the consumer side, one of my predictions is that real-time video generation will become a trend.',
      "We're already seeing some early signs, and it'll completely change the consumer experience, the way TikTok changed how people consume content. Some of the companies we work with, like Pika Labs and Hedra, are focused on real-time video generation, and that's our bet.",
      "Real-time video generation also brings entirely new challenges; it's very compute-hungry, which could push chip development and inference optimization even further.",
    ],
    'architecture-expert-ai-1': [
      "If you could fast-forward three years and get the answer to one key question in AI infrastructure, what would that question be? Which question's answer would most affect your strategy today?",
    ],
    'architecture-expert-ai-2': [
      'Over the next few years, the question I want to answer is: how do we get AI to expert level?',
      'Right now, I think that on some tasks, like front-end programming, models are at an average human level.',
      "They're already very good. In fact, these models are much better than me at front-end programming; or on tasks like data analysis, as long as there's a lot of data on the internet, the models handle it easily.",
      "On these tasks they've roughly reached an average level, maybe even slightly above average.",
      'But the most economically valuable tasks are still out there. We pay human experts a lot, for things like aircraft design and hardware design, or doctors, lawyers and so on.',
      'These people became experts because they spent a huge amount of time using specialized tools, and the data from those tools is not the same as the sea of information on the internet.',
      "That's exactly why they're experts. So we need to get models to that level, able to work alongside human experts, and I think that's where a lot of the economic value will come from.",
    ],
    'architecture-expert-ai-3': [
      "Your collaborator Albert has said the Transformer itself won't be the final answer. Do you think we need architectural innovation to get to that level?",
    ],
    'architecture-expert-ai-4': [
      'I think that to get to AGI or ASI, the current architectures may already be enough.',
      'But at what cost? If we had better architectures, maybe we could get there a year or two sooner, or do it at 10x lower cost, and that could be well worth it.',
      'Every year we spend about $500 billion on AI infrastructure — something on that order.',
      'The question is: do we need to spend 10x the budget? Or can we get there with better architectures, spending what we spend now or even less?',
      "That's where the value of architecture research lies: whether we can reach AGI through better architectures. I think the current architectures have all the key ingredients, and if we keep scaling them up we can also reach the goal, but the cost could be astronomical.",
    ],
    'architecture-expert-ai-5': ['What other architectures are you watching?'],
    'architecture-expert-ai-6': [
      "I'm especially interested in MoE, particularly as it gets sparser and sparser. We're exploring the limit: how sparse can you go?",
      "That has always been a very attractive direction. DeepSeek did some very important work showing that you can make models very sparse, and DeepMind did some early exploration in this area too. It's a way to get more intelligence out of the same compute.",
      'Ultimately, what we want to optimize is inference efficiency per dollar.',
      'That means it can be quantified as inference per flop and FLOPs per dollar.',
      'The former depends more on architecture design, data and algorithms; the latter depends more on hardware and kernel optimization. At the architecture level, we try to extract as much intelligence as possible from the same compute. MoE is one example.',
      "Some of the state space model work I've done with Albert is also really interesting.",
      "We've worked with some teams at Nvidia to train models, and they've released several models showing that this architecture — a hybrid of Transformer and Mamba — can give you high-quality models at lower cost or with higher inference performance.",
      'So architecture matters a lot for inference. These days I put a lot of emphasis on "inference-first" architecture design, because most FLOPs are spent on inference, and we want architectures that maximize inference efficiency.',
    ],
    'architecture-expert-ai-7': ['What directions are you working on now? What important papers might be coming?'],
    'architecture-expert-ai-8': [
      "I'm still working in these areas, and I'm very interested in them. At the same time, I'm also exploring some new directions, and one of them is looking for the next wave of truly impactful applications. I think robotics is one of those directions.",
      'For example, how far are we from really good humanoid robots for the home?',
      "Maybe five years, maybe ten, I'm not sure. That usually brings up a lot of interesting and important research questions, so that's one direction on the research side.",
    ],
    'architecture-expert-ai-9': ['In robotics research, what do you find most interesting?'],
    'architecture-expert-ai-10': [
      'With robots, we can use the foundation models we already have to initialize robot control. You can use a language model to do the planning.',
      'For example, you ask the robot to go get a coffee mug, and the language model can say, "Go to that table and get the coffee mug," and so on.',
      "But what's missing right now is data on interacting and acting in the real world, because we don't have that kind of data. We have language data, but we lack data on interacting with the actual world. Right, you've obviously also seen people trying to scale up simulation data, and they're actually doing teleoperation, but the problem of data that captures real-world variation is still there.",
      "The other thing is that robots have to process information at multiple resolutions and on multiple time scales. Some operations, like controlling the joints, need very fast responses, whereas planning the robot's path can be slower.",
      'Here you have to think about time scales explicitly. Do I want to do a very lightweight computation, just controlling the joints, or do heavier reasoning to plan the best path?',
      'So I think it will end up being a composite system, initialized from language models, vision models, audio models and world models, but how to put them all together is a big question.',
    ],
    'academia-industry-1': ['How do you think about the choice between academia and industry?'],
    'academia-industry-2': [
      "That's a great question, and a very personal one. For me, I like doing a startup and being a professor at the same time.",
      "The two modes offer different ways of thinking and of getting things done. The startup side is fun because the pace is fast. The things we want to do, we can get done in a few days, a few weeks, a few months at most. The team executes really well and can hit its goals quickly; I'm very proud of the work the team is doing at Together.",
      "On the academic side, the time scales are longer and the problems we think about are more forward-looking. We're not after a solution within a month; instead we think about interesting problems and challenges for where things are heading over the next two or three years. Working with students is also a lot of fun, because we get to think deeply about these problems.",
      "There are trade-offs, of course; for example, academia has less compute. The way work is judged is different too: it's more about whether the ideas are interesting than whether something runs fast.",
      "Academia gives you more freedom to think deeply about long-horizon problems. I happen to like both modes, so I'm still a professor at Princeton while also being involved in a startup.",
      'I think of it as a combination of exploration and exploitation: academia leans more toward exploration, with funding that usually comes from the government and is used to explore lots of ideas, of which maybe only 5-10% will succeed. Investors are similar: they explore lots of ideas, and a few of them may turn out to be very important.',
      "One example is Attention: it became famous through Google's paper, but it originally came from academic research at Mila, the work of Dzmitry Bahdanau, Yoshua Bengio and others.",
      'Other components of the current architectures, like the Adam optimizer (Jimmy Ba and others) and LayerNorm, also came from academia.',
      "A lot of today's foundations are the result of academic exploration. Big companies and startups commercialize those ideas, execute quickly, understand what the market needs, and have more money to turn big ideas into reality.",
      "For example, SSI has said explicitly that it won't make any products, but people are willing to put money in because he's Ilya. When some of the venture bets in AI start to pay off, investors become more willing to put money in.",
    ],
    'academia-industry-3': ["What's one thing you've changed your mind about in AI over the past year?"],
    'academia-industry-4': [
      "These models are surprisingly useful, even in my everyday advanced, expert-level work; they're really excellent at math and coding. Much better than I expected; they're genuinely impressive.",
    ],
    'academia-industry-5': [
      "A year from now, do you think open-source and closed-source models will be closer in quality or further apart? I think they'll be closer. Scaling now relies more on RL, and that actually depends more on the tooling, not just on raw compute. So open source will do well on this front.",
    ],
    'academia-industry-6': ['What developments in AI are still being overlooked right now?'],
    'academia-industry-7': [
      'Data. Data is always a bit underrated. Synthetic data, using models to regenerate or rewrite data, can have a huge impact, but few people pay attention to it.',
    ],
    'academia-industry-8': ['What application do you most enjoy seeing?'],
    'academia-industry-9': [
      "We work with some video generation companies, like Pika Labs and Hedra; they use models we've trained to generate virtual TikTok videos, and the results are fantastic.",
    ],
  },

  quotes: {
    'interconnect-2':
      'Especially with MoE, where the model gets more parameters but only activates part of them each time, the model may be spread across multiple GPUs/chips, and then the network becomes critical.',
    'state-space-models-1':
      'Take Mamba, which I worked on: the idea is to have the model compress the history into a smaller state vector instead of keeping the full KV cache — that comes at a cost, but it works very well in certain large-batch inference scenarios (for example reasoning or search that explores several lines of thought at the same time).',
    'kv-cache-2':
      "Google's Gemini Deep Think is exactly this idea of exploring multiple paths at the same time; scenarios like that make the KV cache an even bigger bottleneck, so the direction of compressing the history is very important.",
    'gemini-deep-think-1':
      "Google's Gemini Deep Think is exactly this idea of exploring multiple paths at the same time; scenarios like that make the KV cache an even bigger bottleneck, so the direction of compressing the history is very important.",
    'gpu-kernels-4':
      'At the level of kernel implementation, more and more people are focusing on high-performance kernels, a lot of talent is coming into this area, and kernel optimization could bring another 2x improvement.',
    'inference-cost-3':
      'Put all of that together, and another overall improvement of about 10x in the short term, within a year or so, is possible.',
    'low-latency-inference-1':
      "Extremely low-latency scenarios: for example coding assistance, where responses that are 2–3x faster make users significantly more productive — I'd be willing to pay more for that",
    'low-latency-inference-2':
      "For this kind of workload, people may be willing to pay more for low latency; that's the low-latency type of workload.",
    'batch-inference-1':
      "Another kind is very-large-batch work, where I don't care much about latency and only care about getting the highest possible throughput. That matters for things like generating synthetic data.",
    'synthetic-data-3':
      "For example, say you're an airline and you want to train an AI assistant to handle customer complaints. You only have a small amount of high-quality data, and from that you can generate a large amount of synthetic data.",
    'world-models-3':
      "The model has a kind of world model inside it, and it can generate a lot of data based on that; it's not as precise as human data, but there's a lot of it.",
    'rl-rollouts-3':
      "Another kind is reinforcement learning training. When you're training an agent to carry out a task and changing its policy, you need to evaluate how good the policy is.",
    'rl-rollouts-1':
      "That means sampling a lot of completions from the model, also called rollouts, and evaluating how they perform. That's where you need large-batch, high-throughput inference.",
    'batch-inference-4':
      'I think that\'s the benefit of running at large scale — we call it "fleet-level optimization."',
    'together-ai-3':
      "When you're running inference on thousands of GPUs, you can adjust how the cluster is allocated dynamically.",
    'batch-inference-2':
      "If we see that the cluster isn't busy handling interactive queries, we can bring in batch queries to make full use of the compute.",
    'batch-inference-3':
      'As a result, we usually offer about a 50% discount on the batch API; I think OpenAI does the same, and DeepSeek probably does too.',
    'vllm-1':
      'But open-source tools are very mature now; projects like vLLM and SGLang have all reached production-grade quality.',
    'sglang-1':
      'But open-source tools are very mature now; projects like vLLM and SGLang have all reached production-grade quality.',
    'vllm-2': 'We also work with these projects and contribute code to them. So the baseline has gone up a lot.',
    'prefix-caching-1':
      "Customers come with new requirements: prefix caching, low latency, or video instead of text, and these all have different performance trade-offs; we're responding to those customer needs as well.",
    'ai-agents-1': 'I think there will still be convergence. The killer use case may be agentic workloads.',
    'ai-agents-3':
      'The next wave of applications will be agentic: AI that can take actions and gather information on its own.',
    'video-generation-1':
      'On the consumer side, one of my predictions is that real-time video generation will become a trend.',
    'video-generation-3':
      "Some of the companies we work with, like Pika Labs and Hedra, are focused on real-time video generation, and that's our bet.",
    'video-generation-2':
      "Real-time video generation also brings entirely new challenges; it's very compute-hungry, which could push chip development and inference optimization even further.",
    'transformer-3': 'I think that to get to AGI or ASI, the current architectures may already be enough.',
    'agi-1': 'I think that to get to AGI or ASI, the current architectures may already be enough.',
    'agi-2':
      'But at what cost? If we had better architectures, maybe we could get there a year or two sooner, or do it at 10x lower cost, and that could be well worth it.',
    'agi-3':
      "That's where the value of architecture research lies: whether we can reach AGI through better architectures. I think the current architectures have all the key ingredients, and if we keep scaling them up we can also reach the goal, but the cost could be astronomical.",
    'mixture-of-experts-2':
      "I'm especially interested in MoE, particularly as it gets sparser and sparser. We're exploring the limit: how sparse can you go?",
    'deepseek-1':
      'DeepSeek did some very important work showing that you can make models very sparse, and DeepMind did some early exploration in this area too.',
    'inference-cost-2': 'That means it can be quantified as inference per flop and FLOPs per dollar.',
    'state-space-models-2': "Some of the state space model work I've done with Albert is also really interesting.",
    'hybrid-models-1':
      "We've worked with some teams at Nvidia to train models, and they've released several models showing that this architecture — a hybrid of Transformer and Mamba — can give you high-quality models at lower cost or with higher inference performance.",
    'robotics-2': 'For example, how far are we from really good humanoid robots for the home?',
    'robotics-3':
      'With robots, we can use the foundation models we already have to initialize robot control. You can use a language model to do the planning.',
    'robotics-4':
      "But what's missing right now is data on interacting and acting in the real world, because we don't have that kind of data.",
    'robotics-1':
      "The other thing is that robots have to process information at multiple resolutions and on multiple time scales. Some operations, like controlling the joints, need very fast responses, whereas planning the robot's path can be slower.",
    'world-models-2':
      'So I think it will end up being a composite system, initialized from language models, vision models, audio models and world models, but how to put them all together is a big question.',
    'tri-dao-1':
      "That's a great question, and a very personal one. For me, I like doing a startup and being a professor at the same time.",
    'together-ai-2':
      "The team executes really well and can hit its goals quickly; I'm very proud of the work the team is doing at Together.",
    'tri-dao-3':
      "Academia gives you more freedom to think deeply about long-horizon problems. I happen to like both modes, so I'm still a professor at Princeton while also being involved in a startup.",
    'academic-origins-4':
      'academia leans more toward exploration, with funding that usually comes from the government and is used to explore lots of ideas, of which maybe only 5-10% will succeed.',
    'academic-origins-2':
      "One example is Attention: it became famous through Google's paper, but it originally came from academic research at Mila, the work of Dzmitry Bahdanau, Yoshua Bengio and others.",
    'academic-origins-3':
      'Other components of the current architectures, like the Adam optimizer (Jimmy Ba and others) and LayerNorm, also came from academia.',
    'academic-origins-1':
      "A lot of today's foundations are the result of academic exploration. Big companies and startups commercialize those ideas, execute quickly, understand what the market needs, and have more money to turn big ideas into reality.",
    'safe-superintelligence-1':
      "For example, SSI has said explicitly that it won't make any products, but people are willing to put money in because he's Ilya.",
    'open-models-1':
      "I think they'll be closer. Scaling now relies more on RL, and that actually depends more on the tooling, not just on raw compute. So open source will do well on this front.",
    'synthetic-data-1':
      'Data. Data is always a bit underrated. Synthetic data, using models to regenerate or rewrite data, can have a huge impact, but few people pay attention to it.',
    'video-generation-4':
      "We work with some video generation companies, like Pika Labs and Hedra; they use models we've trained to generate virtual TikTok videos, and the results are fantastic.",
  },

  exceptions: [
    {
      turnId: 'specialized-inference-2',
      chinese: 'ClaudeCode',
      english: 'Claude Code',
      why: 'slip in the write-up (space dropped): the product is Claude Code, as the same line writes it earlier',
    },
    {
      turnId: 'specialized-inference-4',
      chinese: 'batchAPI',
      english: 'batch API',
      why: 'slip in the write-up (space dropped): batch API, as line 3 of the turn writes it',
    },
    {
      turnId: 'workloads-open-source-2',
      chinese: 'VLM',
      english: 'vLLM',
      why: 'slip in the write-up: the open-source serving engine vLLM is meant (named beside SGLang), not a vision-language model',
    },
    {
      turnId: 'workloads-open-source-4',
      chinese: 'Hetra',
      english: 'Hedra',
      why: 'slip in the write-up: the video-generation company Hedra is meant',
    },
    {
      turnId: 'architecture-expert-ai-4',
      chinese: '5000',
      english: '500',
      why: '5000億美元 is 5000 x 100 million = $500 billion; English counts in billions',
    },
    {
      turnId: 'academia-industry-2',
      chinese: 'Dmitry',
      english: 'Dzmitry',
      why: "slip in the write-up: the attention paper's first author is Dzmitry Bahdanau",
    },
    {
      turnId: 'academia-industry-2',
      chinese: 'JimmieBa',
      english: 'Jimmy Ba',
      why: 'slip in the write-up: Jimmy Ba, co-author of Adam with Diederik Kingma',
    },
    {
      turnId: 'academia-industry-9',
      chinese: 'Hetra',
      english: 'Hedra',
      why: 'slip in the write-up: the video-generation company Hedra is meant',
    },
    /* Not turns: lead items, addressed as lead-<index into interview.json lead[]>, for the record only. */ {
      turnId: 'lead-5',
      chinese: 'NVIDIA',
      english: 'Nvidia',
      why: 'house style: Nvidia, as the title, the section titles and every turn write it',
    },
    {
      turnId: 'lead-10',
      chinese: 'TogetherAI',
      english: 'Together AI',
      why: 'the company writes its name Together AI (the write-up runs it together)',
    },
    {
      turnId: 'lead-11',
      chinese: 'Semi Analysis',
      english: 'SemiAnalysis',
      why: 'the research firm writes its name SemiAnalysis (both Latin words still appear as substrings)',
    },
  ],
};
